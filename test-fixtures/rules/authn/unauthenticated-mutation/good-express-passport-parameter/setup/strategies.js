const LocalStrategy = require('passport-local').Strategy;
const quilters = require('./quilters');

module.exports = (passport) => {
  passport.use(new LocalStrategy((name, secret, done) => quilters.check(name, secret).then((q) => done(null, q || false), done)));
  passport.serializeUser((q, done) => done(null, q.id));
  passport.deserializeUser((id, done) => quilters.byId(id).then((q) => done(null, q), done));
};
