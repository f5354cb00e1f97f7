const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { redis } = require('./redis');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  store: new RedisStore({ client: redis }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600000 },
}));
app.post('/posts', (req, res) => {
  if (!req.session.userId) return res.status(401).send('login');
  res.json({ owner: req.session.userId });
});
app.listen(3000);
