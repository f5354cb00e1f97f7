const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

// exchanges a token for the user it names; the token is the credential
app.post('/api/auth/verify', (req, res) => {
  try {
    const user = jwt.verify(String(req.body.token || ''), process.env.JWT_SECRET);
    res.json({ id: user.sub });
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
});

const bookings = [];
app.post('/api/bookings', (req, res) => {
  bookings.push({ vendorId: req.body.vendorId, date: req.body.date, note: req.body.note });
  res.status(201).json({ count: bookings.length });
});

app.get('/api/health', (req, res) => res.json({ ok: true }));

app.listen(process.env.PORT || 3000);
