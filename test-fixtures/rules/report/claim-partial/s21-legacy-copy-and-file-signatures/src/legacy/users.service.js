// The first version of the users service, kept for reference; the app loads src/users now.
const bcrypt = require('bcrypt');

async function createUser(email, password) {
  return { email, passwordHash: await bcrypt.hash(password, 10) };
}

module.exports = { createUser };
