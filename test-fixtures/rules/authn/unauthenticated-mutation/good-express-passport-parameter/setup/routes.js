const quilters = require('./quilters');

function signedIn(req, res, next) {
  if (req.isAuthenticated()) return next();
  res.status(401).json({ error: 'sign in' });
}

// passport is handed in by the caller: the login below runs passport's local strategy
module.exports = function (app, passport) {
  const viaPassport = passport.authenticate.bind(passport);

  app.post('/session', viaPassport('local', { failureRedirect: '/login' }), (req, res) => {
    req.session.lastLogin = Date.now();
    res.redirect('/patterns');
  });

  app.put('/patterns/:id', signedIn, async (req, res) => {
    await quilters.savePattern(req.params.id, req.body);
    res.status(204).end();
  });

  app.delete('/patterns/:id', async (req, res) => { // expect: authn/unauthenticated-mutation
    await quilters.dropPattern(req.params.id);
    res.status(204).end();
  });
};
