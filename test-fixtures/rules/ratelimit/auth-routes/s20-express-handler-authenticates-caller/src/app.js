const express = require('express');
const rateLimit = require('express-rate-limit');
const bcrypt = require('bcrypt');
const { accounts, callerFromBearer, signedInOr401 } = require('./caller');

const app = express();
app.use(express.json());
app.use('/api/search', rateLimit({ windowMs: 60_000, limit: 30 }));

const bookings = [];
const hits = new Map();

// resolves the caller from the bearer token and answers 401 without one: an authenticated route, no password to guess
app.post('/api/bookings', async (req, res) => {
  const account = await callerFromBearer(req);
  if (!account) return res.status(401).json({ error: 'Sign in first' });
  bookings.push({ owner: account.id, at: String(req.body.at) });
  res.status(201).json({ ok: true });
});

// the same through a helper that answers 401 itself
app.delete('/api/bookings', async (req, res) => {
  const account = await signedInOr401(req, res);
  if (!account) return;
  bookings.splice(0, bookings.length);
  res.json({ ok: true });
});

// limits itself: 429 once the caller's count for the minute is spent
app.post('/api/auth/magic-login', async (req, res) => {
  const ip = req.ip;
  const count = (hits.get(ip) || 0) + 1;
  hits.set(ip, count);
  if (count > 5) return res.status(429).json({ error: 'Too many attempts' });
  const account = accounts.get(String(req.body.email));
  if (!account || !(await bcrypt.compare(String(req.body.password), account.passwordHash))) {
    return res.status(401).json({ error: 'Wrong email or password' });
  }
  res.json({ ok: true });
});

// a password check with no limit at all
app.post('/api/auth/login', async (req, res) => { // expect: ratelimit/auth-routes
  const account = accounts.get(String(req.body.email));
  if (!account || !(await bcrypt.compare(String(req.body.password), account.passwordHash))) {
    return res.status(401).json({ error: 'Wrong email or password' });
  }
  res.json({ ok: true });
});

app.listen(3000);
