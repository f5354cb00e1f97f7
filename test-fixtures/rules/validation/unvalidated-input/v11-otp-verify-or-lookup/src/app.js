const express = require('express');
const speakeasy = require('speakeasy');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
app.use(express.json());

function requireUser(req, res, next) {
  if (!req.session || !req.session.userId) return res.status(401).end();
  next();
}

// the code is either a recovery code looked up as a bound parameter or a TOTP code speakeasy compares with the secret
app.post('/2fa/confirm', requireUser, async (req, res) => {
  const { code } = req.body;
  if (!code) return res.status(400).json({ error: 'code required' });
  const { rows } = await pool.query('SELECT id FROM recovery_codes WHERE user_id = $1 AND code = $2 AND used = false', [req.session.userId, code]);
  if (rows.length) return res.json({ ok: true, recovery: true });
  const { rows: users } = await pool.query('SELECT totp_secret FROM users WHERE id = $1', [req.session.userId]);
  const ok = speakeasy.totp.verify({ secret: users[0].totp_secret, encoding: 'base32', token: code, window: 1 });
  if (!ok) return res.status(401).json({ error: 'wrong code' });
  res.json({ ok: true });
});

// the same check, but the code is also kept as the device label
app.post('/2fa/devices', requireUser, async (req, res) => {
  const { code } = req.body; // expect: validation/unvalidated-input
  const { rows: users } = await pool.query('SELECT totp_secret FROM users WHERE id = $1', [req.session.userId]);
  const ok = speakeasy.totp.verify({ secret: users[0].totp_secret, encoding: 'base32', token: code });
  if (!ok) return res.status(401).json({ error: 'wrong code' });
  await pool.query('INSERT INTO devices (user_id, label) VALUES ($1, $2)', [req.session.userId, code]);
  res.sendStatus(201);
});

app.listen(3000);
