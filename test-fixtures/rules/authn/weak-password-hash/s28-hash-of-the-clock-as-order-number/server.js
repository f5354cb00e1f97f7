const express = require('express');
const bcrypt = require('bcryptjs');

const app = express();
app.use(express.json());
const orders = [];
const users = new Map();

// an order number cut from a hash of the clock: no password goes through it, its cost protects nothing
app.post('/orders', async (req, res) => {
  const code = (await bcrypt.hash(Date.now().toString(), 5)).replace(/\W/g, '').slice(0, 8).toUpperCase();
  const order = { number: `SO-${new Date().getFullYear()}-${code}`, items: [] };
  orders.push(order);
  res.status(201).json(order);
});

// the user's password at cost 5
app.post('/users', async (req, res) => {
  const hash = await bcrypt.hash(String(req.body.password), 5); // expect: authn/weak-password-hash
  users.set(String(req.body.email), hash);
  res.status(201).json({ ok: true });
});

app.listen(3000);
