const express = require('express');
const cors = require('cors');
const jwt = require('jsonwebtoken');

const app = express();
const allowList = (process.env.ALLOWED_ORIGINS || '').split(',');
const isDev = process.env.APP_STAGE !== 'live';
// every origin while developing, the configured list on the live stage
app.use(cors({ origin: isDev ? true : allowList, credentials: true }));
app.use(express.json());

const readings = [];

function caller(req) {
  try {
    return jwt.verify((req.headers.authorization || '').slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch {
    return null;
  }
}

app.post('/api/readings', (req, res) => {
  const user = caller(req);
  if (!user) return res.status(401).json({ error: 'Unauthorized' });
  const spo2 = Number(req.body.spo2);
  if (!Number.isFinite(spo2) || spo2 < 50 || spo2 > 100) return res.status(400).json({ error: 'spo2 out of range' });
  readings.push({ user: user.sub, spo2, note: req.body.note });
  res.status(201).json({ ok: true });
});

app.listen(3000);
