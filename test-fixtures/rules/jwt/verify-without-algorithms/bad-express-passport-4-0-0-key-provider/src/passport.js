const passport = require('passport');
const { Strategy, ExtractJwt } = require('passport-jwt');
const { passportJwtSecret } = require('jwks-rsa');

// Keys fetched per token from a JWKS endpoint, and no allow-list on jsonwebtoken 8.
passport.use(
  new Strategy( // expect: jwt/verify-without-algorithms
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKeyProvider: passportJwtSecret({ jwksUri: `${process.env.ISSUER}/.well-known/jwks.json`, cache: true }),
    },
    (claims, done) => done(null, claims),
  ),
);
