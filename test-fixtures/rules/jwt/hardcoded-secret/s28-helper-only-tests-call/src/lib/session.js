const jwt = require('jsonwebtoken');

// the token the login route hands out
function signSession(userId) {
  return jwt.sign({ sub: userId }, process.env.SESSION_SECRET || 'session-dev-secret', { expiresIn: '15m' }); // expect: jwt/hardcoded-secret
}

// an older pair of tokens: only the unit test still calls it, no route does
function issueTokenPair(userId) {
  const accessToken = jwt.sign({ sub: userId, type: 'access' }, process.env.JWT_SECRET || 'fallback-secret', { expiresIn: '15m' });
  const refreshToken = jwt.sign({ sub: userId, type: 'refresh' }, process.env.JWT_REFRESH_SECRET || 'fallback-refresh', { expiresIn: '7d' });
  return { accessToken, refreshToken };
}

module.exports = { signSession, issueTokenPair };
