const express = require('express');
const rateLimit = require('express-rate-limit');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { openOptOutToken } = require('./optout');
const store = require('./store');

const app = express();
app.use(express.json());

app.post('/api/contact', rateLimit({ windowMs: 60000, limit: 5 }), (req, res) => res.status(202).json({ ok: true }));

// the unsubscribe link of a mail
app.post('/api/unsubscribe', async (req, res) => {
  const { token } = req.body;
  if (!token) return res.status(400).json({ error: 'token is required' });
  const payload = openOptOutToken(String(token));
  if (!payload) return res.status(400).json({ error: 'invalid or expired link' });
  await store.addOptOut(payload.email);
  res.json({ ok: true });
});

// renews the stored access of a connected calendar
app.post('/api/connections/:id/refresh', async (req, res) => {
  const connection = await store.refreshConnection(req.params.id);
  if (!connection) return res.status(404).json({ error: 'not found' });
  res.json({ refreshedAt: connection.refreshedAt });
});

app.post('/api/auth/login', async (req, res) => { // expect: ratelimit/auth-routes
  const { email, password } = req.body;
  const account = await store.findAccount(String(email));
  if (!account || !(await bcrypt.compare(String(password), account.hash))) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ token: jwt.sign({ sub: account.email }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
});

app.listen(3000);
