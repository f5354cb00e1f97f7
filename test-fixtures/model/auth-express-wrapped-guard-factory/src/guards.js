const jwt = require('jsonwebtoken');

// one factory makes every guard: the strict ones answer 401 without a valid token
function makeGuard(required) {
  return async function guard(req, res, next) {
    const header = req.headers.authorization || '';
    try {
      req.user = jwt.verify(header.slice(7), process.env.JWT_SECRET); // expect: config/env-undocumented
    } catch {
      if (required) return res.status(401).json({ error: 'Unauthorized' });
    }
    next();
  };
}

const member = makeGuard(true);

module.exports = { member };
