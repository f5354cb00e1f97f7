const jwt = require('jsonwebtoken');

// password sign-in: a week
function generateToken(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '7d' });
}

function protect(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

module.exports = { generateToken, protect };
