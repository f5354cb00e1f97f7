const passport = require('passport');
const { Strategy: JwtStrategy } = require('passport-jwt');

passport.use(new JwtStrategy({
  jwtFromRequest: (req) => req.cookies?.token,
  secretOrKey: process.env.JWT_SECRET,
}, (payload, done) => done(null, { id: payload.sub })));

module.exports = passport;
