const jwt = require('jsonwebtoken');

class TokenService {
  static issue(claims, lifetime = '15m') {
    return jwt.sign(claims, process.env.TOKEN_SECRET, { expiresIn: lifetime });
  }
}

module.exports = { TokenService };
