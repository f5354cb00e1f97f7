const express = require('express');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

const resets = new Map();

app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: String(req.body.user) }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token });
});

app.post('/password/forgot', (req, res) => {
  // a random reset code kept for one hour: no JWT
  resets.set(crypto.randomBytes(32).toString('hex'), { user: req.body.user, until: Date.now() + 3600 * 1000 });
  res.status(202).end();
});

app.listen(3000);
