const jwt = require('jsonwebtoken');

// Bearer token required: this one refuses a stranger.
function authenticate(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'sign in first' });
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
  } catch (e) {
    return res.status(401).json({ error: 'bad token' });
  }
  next();
}

module.exports = { authenticate };
