const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const config = require('./config');

const redis = createClient({ url: config.redisUrl });
redis.connect();

const app = express();
// express-session: httpOnly by default, but secure is off and there is no sameSite
app.use(session({ // expect: session/cookie-flags
  store: new RedisStore({ client: redis }),
  secret: config.sessionSecret,
  resave: false,
  saveUninitialized: false,
  cookie: { maxAge: 1000 * 60 * 60 * 8 },
}));

app.get('/me', (req, res) => res.json({ user: req.session.user || null }));
app.listen(3000);
