const jwt = require('jsonwebtoken');

const verifyToken = (req, res, next) => {
  const header = req.headers.authorization;
  if (!header) return res.status(401).json({ message: 'No token' });
  try {
    req.user = jwt.verify(header.split(' ')[1], process.env.JWT_SECRET);
    next();
  } catch (e) {
    return res.status(401).json({ message: 'Bad token' });
  }
};

const onlyStaff = (req, res, next) => {
  if (!req.user || req.user.role !== 'staff') return res.status(403).json({ message: 'Forbidden' });
  next();
};

// the session check the ledger uses is picked at start from the configured strategy
const strategies = { jwt: verifyToken, staff: onlyStaff };

module.exports = { verifyToken, onlyStaff, requireLogin: strategies[process.env.AUTH_STRATEGY || 'jwt'] }; // expect: config/env-undocumented
