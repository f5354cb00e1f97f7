const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { redis } = require('./redis');

const app = express();
if (process.env.NODE_ENV === 'development') {
  // local only: no Redis needed
  app.use(session({ secret: 'dev-only-secret', resave: false, saveUninitialized: false }));
} else {
  app.use(session({
    secret: process.env.SESSION_SECRET,
    store: new RedisStore({ client: redis }),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, sameSite: 'lax', maxAge: 3600000 },
  }));
}
app.listen(3000);
