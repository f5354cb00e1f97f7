const express = require('express');
const session = require('express-session');
const cache = require('./lib/cache');

const app = express();
app.use(express.json());
// only carries the sign-in's short-lived state between redirect and callback
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));

app.get('/me', async (req, res) => {
  const sid = req.get('x-login-session');
  const found = sid ? await cache.loadSession(sid) : null;
  if (!found) return res.status(401).json({ error: 'sign in first' });
  res.json({ user: found.user });
});

cache.connect().then(() => app.listen(process.env.PORT || 3000));
