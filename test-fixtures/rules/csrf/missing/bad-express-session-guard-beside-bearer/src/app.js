const express = require('express');
const session = require('express-session');
const jwt = require('jsonwebtoken');
const store = require('./store');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true } })); // expect: csrf/missing
app.use(express.urlencoded({ extended: false }));

// API clients send a bearer token: not reachable by a forged form post
function apiAuth(req, res, next) {
  const raw = req.get('authorization');
  if (!raw) return res.sendStatus(401);
  try {
    req.user = jwt.verify(raw.replace('Bearer ', ''), process.env.API_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

// the admin pages sign in with the session cookie: a forged form post carries it
function adminOnly(req, res, next) {
  if (!req.session.adminId) return res.status(401).send('sign in');
  next();
}

app.post('/api/items', apiAuth, async (req, res) => {
  await store.add(req.user.sub, req.body.name);
  res.status(201).end();
});
app.post('/admin/items/:id/delete', adminOnly, async (req, res) => {
  await store.remove(req.params.id);
  res.redirect('/admin/items');
});
app.listen(3000);
