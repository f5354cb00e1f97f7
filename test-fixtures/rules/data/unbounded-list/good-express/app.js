const express = require('express');
const { prisma, pool, Event } = require('./db');

const app = express();

app.get('/products', async (req, res) => {
  const take = Math.min(Number(req.query.limit) || 20, 100);
  res.json(await prisma.product.findMany({ take, orderBy: { id: 'asc' } }));
});

app.get('/events', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 20, 100);
  res.json(await Event.find({}).sort({ at: -1 }).limit(limit));
});

app.get('/orders', async (req, res) => {
  const { rows } = await pool.query('SELECT id, total FROM orders ORDER BY id LIMIT $1', [20]);
  const { rows: [{ count }] } = await pool.query('SELECT COUNT(*) AS count FROM orders');
  res.json({ rows, count });
});

// one record's children: a path parameter, not a list of the table
app.get('/orders/:id/items', async (req, res) => {
  res.json(await prisma.item.findMany({ where: { orderId: req.params.id } }));
});

// the rows the client names: as many as its list of ids
app.get('/products/selection', async (req, res) => {
  const ids = String(req.query.ids).split(',').slice(0, 50);
  res.json(await prisma.product.findMany({ where: { id: { in: ids } } }));
});

// a write route reads, it does not list
app.post('/products/sync', async (req, res) => {
  const all = await prisma.product.findMany({ select: { id: true } });
  res.json({ count: all.length });
});

// a count on the query chain: one row
app.get('/events/count', async (req, res) => {
  res.json({ count: await Event.find({ kind: req.query.kind }).countDocuments() });
});

// rows read to compute one number: the answer does not grow with the table
app.get('/stats', async (req, res) => {
  const amounts = await prisma.order.findMany({ select: { total: true } });
  const big = amounts.filter((o) => o.total > 1000);
  res.json({ revenue: amounts.reduce((sum, o) => sum + o.total, 0), orders: amounts.length, big: big.length });
});

app.listen(3000);
