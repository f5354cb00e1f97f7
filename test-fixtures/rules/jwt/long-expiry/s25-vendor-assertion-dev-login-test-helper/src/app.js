const express = require('express');
const jwt = require('jsonwebtoken');
const { receipts } = require('./store-client');

const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: String(req.body.member) }, process.env.JWT_SECRET, { expiresIn: '12h' }); // expect: jwt/long-expiry
  res.json({ token });
});

if (process.env.NODE_ENV !== 'production') {
  app.get('/dev-login', (req, res) => {
    const token = jwt.sign({ sub: 'dev-member' }, process.env.JWT_SECRET, { expiresIn: '24h' });
    res.json({ token });
  });
}

app.get('/receipts/:id', async (req, res) => {
  res.json(await receipts(req.params.id));
});

app.listen(3000);
