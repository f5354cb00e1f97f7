const jwt = require('jsonwebtoken');

function requireAuth(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.slice(7), process.env.JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ message: 'unauthorized' });
  }
}

// optional or required, as the caller asks
function authenticate({ required = true } = {}) {
  return (req, res, next) => {
    const header = req.headers.authorization;
    if (!header) {
      if (required) return res.status(401).json({ message: 'unauthorized' });
      return next();
    }
    try {
      req.user = jwt.verify(header.slice(7), process.env.JWT_SECRET);
    } catch (err) {
      if (required) return res.status(401).json({ message: 'unauthorized' });
    }
    return next();
  };
}

module.exports = { requireAuth, authenticate };
