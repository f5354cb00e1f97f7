const jwt = require('jsonwebtoken');

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

function requireTeam(req, res, next) {
  if (!req.user.teamId) return res.status(403).json({ error: 'no team' });
  return next();
}

module.exports = { requireUser, requireTeam };
