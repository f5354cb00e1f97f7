const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

app.post('/api/v1/auth/login', (req, res) => {
  const user = { id: String(req.body.email) };
  const accessToken = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.json({ accessToken });
});

app.get('/api/v1/rooms', (req, res) => res.json([]));

app.listen(8100);
