const express = require('express');
const rateLimit = require('express-rate-limit');

const app = express();
app.use(express.json());
const codes = new Map();

// the chain provider calls back with the shared secret it was given: retried in bursts, never a person's login
app.post('/webhooks/chain', (req, res) => {
  const token = req.query.token || req.headers['x-webhook-token'];
  if (!token || token !== process.env.CHAIN_WEBHOOK_SECRET) return res.status(401).json({ error: 'bad token' });
  res.json({ received: true });
});

// a person types the code sent to them: guessable without a limit
app.post('/auth/verify-code', (req, res) => { // expect: ratelimit/auth-routes
  const entry = codes.get(String(req.body.email));
  if (!entry || entry.code !== String(req.body.code)) return res.status(401).json({ error: 'wrong code' });
  codes.delete(String(req.body.email));
  res.json({ ok: true });
});

app.use('/api', rateLimit({ windowMs: 60_000, limit: 100 }));
app.get('/api/orders', (req, res) => res.json([]));

app.listen(3000);
