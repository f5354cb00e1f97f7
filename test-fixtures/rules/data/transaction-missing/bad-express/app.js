const express = require('express');
const { prisma, pool } = require('./db');
const { reserve } = require('./stock');

const app = express();
app.use(express.json());

app.post('/orders', async (req, res) => {
  await reserve(req.body.productId);
  const order = await prisma.order.create({ data: { productId: req.body.productId, qty: 1 } });
  res.status(201).json(order);
});

app.post('/transfer', async (req, res) => {
  const { from, to, amount } = req.body;
  await pool.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]); // expect: data/transaction-missing
  await pool.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
  res.status(204).end();
});

app.listen(3000);
