const bcrypt = require('bcryptjs');

const saltRounds = 12;

async function hashPassword(plain) {
  return bcrypt.hash(plain, saltRounds);
}

module.exports = { hashPassword };
