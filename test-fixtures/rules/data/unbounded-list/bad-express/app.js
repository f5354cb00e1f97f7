const express = require('express');
const { prisma, pool, Event } = require('./db');
const products = require('./products');

const app = express();

app.get('/products', products.list);

app.get('/events', async (req, res) => {
  res.json(await Event.find({}).sort({ at: -1 })); // expect: data/unbounded-list
});

app.get('/orders', async (req, res) => {
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE status = $1 ORDER BY id', [req.query.status]); // expect: data/unbounded-list
  res.json(rows);
});

app.listen(3000);
