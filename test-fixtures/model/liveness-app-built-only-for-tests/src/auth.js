const jwt = require('jsonwebtoken');
exports.requireUser = (req, res, next) => {
  try {
    req.user = jwt.verify((req.headers.authorization || '').slice(7), process.env.JWT_SECRET); // expect: config/env-undocumented
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
};
