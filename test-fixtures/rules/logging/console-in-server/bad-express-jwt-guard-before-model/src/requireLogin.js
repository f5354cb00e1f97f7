const jwt = require('jsonwebtoken');

module.exports = function requireLogin(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.replace('Bearer ', ''), process.env.TOKEN_SECRET);
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'sign in first' });
  }
};
