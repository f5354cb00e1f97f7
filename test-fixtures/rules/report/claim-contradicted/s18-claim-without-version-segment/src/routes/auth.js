const express = require('express');
const jwt = require('jsonwebtoken');

const router = express.Router();

router.post('/login', (req, res) => {
  const token = jwt.sign({ sub: String(req.body.email) }, process.env.JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' });
  res.json({ token });
});

module.exports = router;
