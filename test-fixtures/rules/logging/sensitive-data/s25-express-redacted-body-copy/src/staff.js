const bcrypt = require('bcryptjs');
const db = require('./db');

async function create(table, data) {
  const hash = await bcrypt.hash(data.password, 12);
  return db.insert(table, { username: data.username, name: data.name, password_hash: hash });
}

module.exports = {
  createManager: (data) => create('managers', data),
  createTeller: (data) => create('tellers', data),
  createClerk: (data) => create('clerks', data),
};
