const jwt = require('jsonwebtoken');

// the caller's id and role, from the bearer token
const authenticate = (req, res, next) => {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.status(401).json({ ok: false, message: 'Sign in first' });
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    req.callerId = claims.sub;
    req.callerRole = claims.role;
    return next();
  } catch (err) {
    return res.status(401).json({ ok: false, message: 'Invalid token' });
  }
};

module.exports = { authenticate };
