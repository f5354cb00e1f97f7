require('dotenv').config();
const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const secret = process.env.JWT_SECRET || 'menu-dev-secret';

app.get('/menu', (req, res) => {
  const user = jwt.verify(String(req.headers.authorization || '').slice(7), secret, { algorithms: ['HS256'] });
  res.json({ user: user.sub, items: [] });
});

app.listen(3000);
