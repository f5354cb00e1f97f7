const jwt = require('jsonwebtoken');

// imported by the tests only
function tokenFor(userId) {
  return jwt.sign({ sub: userId }, 'test-secret', { expiresIn: '1h' });
}

module.exports = { tokenFor };
