const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const settings = require('./settings');

// passport-jwt 4.0.0 runs jsonwebtoken 8 without an allow-list, but with a plain secret it derives
// HS256/384/512 from the key, and the strategy refuses to start when secretOrKey is empty: nothing to forge.
passport.use(
  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: settings.auth.secret }, (payload, done) => done(null, payload)),
);
passport.use(
  'env',
  new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, (payload, done) => done(null, payload)),
);
