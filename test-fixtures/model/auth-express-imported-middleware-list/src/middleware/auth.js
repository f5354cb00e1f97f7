function hasSession(req, res, next) {
  if (!req.session || !req.session.userId) {
    return res.status(401).json({ error: 'Please sign in' });
  }
  next();
}

async function loadUser(req, res, next) {
  const user = req.app.locals.users.get(req.session.userId);
  if (!user) return res.status(401).json({ error: 'Unknown user' });
  req.user = user;
  next();
}

// both checks, in order, for every private router
const signedIn = [hasSession, loadUser];

module.exports = { hasSession, loadUser, signedIn };
