const jwt = require('jsonwebtoken');

// The API identifies callers by the bearer token in the Authorization header only.
function bearer(req, res, next) {
  const value = req.headers.authorization;
  if (!value) return res.status(401).json({ error: 'sign in' });
  try {
    req.user = jwt.verify(value.split(' ')[1], process.env.API_KEY_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (e) {
    res.status(401).json({ error: 'sign in' });
  }
}

module.exports = { bearer };
