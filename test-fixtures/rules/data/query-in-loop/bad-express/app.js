const express = require('express');
const { prisma } = require('./db');
const { Tag } = require('./models');
const { authorsOf } = require('./authors');

const app = express();
app.use(express.json());

app.get('/orders', async (req, res) => {
  const orders = await prisma.order.findMany({ where: { userId: req.query.userId }, take: 50 });
  for (const o of orders) {
    o.items = await prisma.item.findMany({ where: { orderId: o.id } }); // expect: data/query-in-loop
  }
  res.json(orders);
});

app.post('/tags', async (req, res) => {
  req.body.tags.forEach(async (name) => {
    await Tag.create({ name }); // expect: data/query-in-loop
  });
  res.status(202).end();
});

app.get('/authors', async (req, res) => {
  res.json(await authorsOf(String(req.query.ids).split(',')));
});

app.listen(3000);
