// a stand-in for the real middleware, used by the route tests only
function mockAuth(req, res, next) {
  if (req.headers.authorization === 'Bearer test-admin-token') {
    req.user = { id: 't1', role: 'admin' };
    return next();
  }
  return res.status(401).json({ error: 'not signed in' });
}

module.exports = { mockAuth };
