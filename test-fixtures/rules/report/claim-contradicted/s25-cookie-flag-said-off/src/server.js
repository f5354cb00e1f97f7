const express = require('express');
const helmet = require('helmet');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const app = express();
app.use(helmet());
app.use(express.json());

app.post('/api/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.email }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.cookie('session', token, { secure: true, sameSite: 'lax' });
  // the page reads this one and echoes it in a header
  res.cookie('csrf_token', crypto.randomBytes(32).toString('hex'), { httpOnly: false, secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});

app.listen(3000);
