const jwt = require('jsonwebtoken');

const verifyToken = (req, res, next) => {
  const header = req.headers.authorization;
  if (!header) return res.status(401).json({ message: 'No token' });
  try {
    req.user = jwt.verify(header.split(' ')[1], process.env.JWT_SECRET); // expect: config/env-undocumented
    next();
  } catch (e) {
    return res.status(401).json({ message: 'Bad token' });
  }
};

const onlyStaff = (req, res, next) => {
  if (!req.user || req.user.role !== 'staff') return res.status(403).json({ message: 'Forbidden' });
  next();
};

module.exports = { verifyToken, onlyStaff };
