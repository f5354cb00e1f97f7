const express = require('express');
const session = require('express-session');
const cache = require('./lib/cache');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));

app.get('/albums/:id', async (req, res) => {
  if (!req.session.userId) return res.status(401).json({ error: 'sign in first' });
  const id = String(req.params.id).replace(/[^a-z0-9]/gi, '');
  res.json((await cache.fetch(`album:${id}`)) || {});
});

cache.connect().then(() => app.listen(process.env.PORT || 3000));
