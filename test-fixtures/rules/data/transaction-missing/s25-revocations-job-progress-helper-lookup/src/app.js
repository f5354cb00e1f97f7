const express = require('express');
const { prisma } = require('./db');
const { findOrCreateBasket } = require('./basket.service');
const { runRender, settle } = require('./render');

const app = express();
app.use(express.json());

// logout: both revocations are complete on their own, a retry ends the rest
app.post('/auth/logout', async (req, res) => {
  const userId = String(req.body.userId);
  await prisma.session.updateMany({ where: { userId }, data: { revoked: true } });
  await prisma.refreshToken.deleteMany({ where: { userId } });
  res.status(204).end();
});

// a new password and the old sessions ended: the second must not be lost after the first
app.post('/auth/reset-password', async (req, res) => {
  const userId = String(req.body.userId);
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: String(req.body.hash) } }); // expect: data/transaction-missing
  await prisma.session.updateMany({ where: { userId }, data: { revoked: true } });
  res.status(204).end();
});

app.post('/basket/items', async (req, res) => {
  const basket = await findOrCreateBasket(String(req.body.ownerId));
  const item = await prisma.basketItem.update({ where: { id: String(req.body.itemId) }, data: { basketId: basket.id, qty: Number(req.body.qty) } });
  res.json(item);
});

// two rows that belong together
app.post('/basket/checkout', async (req, res) => {
  const order = await prisma.order.create({ data: { ownerId: String(req.body.ownerId) } }); // expect: data/transaction-missing
  await prisma.basket.update({ where: { id: String(req.body.basketId) }, data: { orderId: order.id } });
  res.status(201).json(order);
});

app.post('/renders', async (req, res) => {
  const job = await prisma.renderJob.create({ data: { status: 'QUEUED' } });
  runRender(job.id, [1, 2, 3]).catch((err) => console.error('render failed', err));
  res.status(202).json(job);
});

app.post('/artists/:id/settle', async (req, res) => {
  settle(req.params.id, Number(req.body.amount)).catch((err) => console.error('settle failed', err));
  res.status(202).end();
});

app.listen(3000);
