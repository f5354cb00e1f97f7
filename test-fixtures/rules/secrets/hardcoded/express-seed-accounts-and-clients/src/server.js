const express = require('express');
const { ensureOwnerAccount } = require('./services/owner');
const { hashPassword } = require('./services/auth');

const app = express();
app.use(express.json());

app.post('/players', async (req, res) => {
  const hashed = await hashPassword(req.body.password);
  res.status(201).json({ ok: Boolean(hashed) });
});

ensureOwnerAccount().then(() => app.listen(3000));
