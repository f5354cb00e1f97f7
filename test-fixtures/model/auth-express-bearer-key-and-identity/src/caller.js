const jwt = require('jsonwebtoken');

// optional: a valid token sets req.accountId, a missing or bad one lets the request through without it
function readCaller(req, res, next) {
  const header = req.headers.authorization;
  if (!header) return next();
  try {
    req.accountId = jwt.verify(header.slice(7), process.env.JWT_SECRET).sub; // expect: config/env-undocumented
  } catch {
    // left unset
  }
  next();
}

// enforcing: no caller, 401; a caller acting on another account, 403
function requireCaller(param) {
  return (req, res, next) => {
    if (!req.accountId) return res.status(401).json({ error: 'sign in first' });
    if (req.params[param] && req.params[param] !== req.accountId) return res.status(403).json({ error: 'not yours' });
    next();
  };
}

module.exports = { readCaller, requireCaller };
