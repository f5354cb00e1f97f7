const jwt = require('jsonwebtoken');

module.exports = function auth(req, res, next) {
  const token = req.header('x-auth-token');
  if (!token) return res.status(401).json({ msg: 'No token' });
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET).user; // expect: jwt/verify-without-algorithms
    next();
  } catch (err) {
    res.status(401).json({ msg: 'Token is not valid' });
  }
};
