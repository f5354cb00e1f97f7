const crypto = require('crypto');

// a workflow node: hashes a password the workflow passes in, for the workflow's own credential store
function hashPassword(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 10000, 64, 'sha512').toString('hex');
}

module.exports = { hashPassword };
