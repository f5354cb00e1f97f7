const jwt = require('jsonwebtoken');
const wrap = require('./wrap');

const requireSession = wrap(async (req, res, next) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  if (!token) return res.status(401).json({ error: 'sign in first' });
  req.session = jwt.verify(token, process.env.SESSION_KEY);
  return next();
});

module.exports = { requireSession };
