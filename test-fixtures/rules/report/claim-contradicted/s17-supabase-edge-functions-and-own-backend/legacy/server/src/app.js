const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

app.post('/auth/token', (req, res) => {
  const token = jwt.sign({ sub: String(req.body.email) }, process.env.JWT_SECRET, { expiresIn: '15m' });
  res.json({ token });
});

app.listen(8200);
