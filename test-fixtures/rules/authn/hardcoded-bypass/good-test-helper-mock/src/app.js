const express = require('express');
const jwt = require('jsonwebtoken');

function requireAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

const app = express();
app.use('/cart', requireAuth);
app.get('/cart', (req, res) => res.json({ items: [] }));
app.listen(3000);
module.exports = { app };
