const jwt = require('jsonwebtoken');

// staff tokens carry role: 'staff'
function requireStaff(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    const claims = jwt.verify(header.replace(/^Bearer /, ''), process.env.JWT_SECRET, { algorithms: ['HS256'] }); // expect: config/env-undocumented
    if (claims.role !== 'staff') return res.status(403).json({ error: 'Staff only' });
    req.user = claims;
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'Sign in first' });
  }
}

module.exports = { requireStaff };
