const jwt = require('jsonwebtoken');

function requireStaff(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer /, '');
  try {
    req.staff = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

module.exports = { requireStaff };
