const jwt = require('jsonwebtoken');

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').slice(7), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

module.exports = { requireUser };
