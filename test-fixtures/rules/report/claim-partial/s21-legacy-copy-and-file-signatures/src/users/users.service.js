const bcrypt = require('bcrypt');

const users = [];

async function createUser(email, password) {
  const user = { email, passwordHash: await bcrypt.hash(password, 12) };
  users.push(user);
  return { email: user.email };
}

module.exports = { createUser };
