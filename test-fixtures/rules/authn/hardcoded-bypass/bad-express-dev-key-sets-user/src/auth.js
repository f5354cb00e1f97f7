const jwt = require('jsonwebtoken');

function requireAuth(req, res, next) {
  const apiKey = req.headers['x-api-key'];
  if (apiKey === 'inv-service-key-2024') { // expect: authn/hardcoded-bypass
    req.user = { id: 'service', role: 'admin' };
    return next();
  }
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  if (!token) return res.status(401).json({ error: 'not signed in' });
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { requireAuth };
