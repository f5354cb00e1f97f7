const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json({ limit: '50kb' }));

// a follow-up the request does not wait for: it clears a stale device token when the push service says so
async function pushToDriver(driverId, text) {
  const driver = await prisma.driver.findUnique({ where: { id: driverId }, select: { deviceToken: true } });
  if (!driver || !driver.deviceToken) return;
  await prisma.driver.update({ where: { id: driverId }, data: { pendingPushes: { increment: 1 } } });
  const res = await fetch('https://push.example.net/send', { method: 'POST', body: JSON.stringify({ to: driver.deviceToken, text }) });
  if (res.status === 410) await prisma.driver.update({ where: { id: driverId }, data: { deviceToken: null } });
}

app.post('/deliveries/:id/assign', async (req, res) => {
  const id = Number(req.params.id);
  const driverId = Number(req.body.driverId);
  const delivery = await prisma.delivery.update({ where: { id }, data: { driverId, status: 'ASSIGNED' } });
  pushToDriver(driverId, `Delivery ${id} is yours`).catch((err) => console.warn('push failed', err.message));
  res.json(delivery);
});

// the same follow-up awaited: both writes are the request's, the second can fail after the first
app.post('/deliveries/:id/reassign', async (req, res) => {
  const id = Number(req.params.id);
  const driverId = Number(req.body.driverId);
  const delivery = await prisma.delivery.update({ where: { id }, data: { driverId, status: 'ASSIGNED' } }); // expect: data/transaction-missing
  await pushToDriver(driverId, `Delivery ${id} is yours`);
  res.json(delivery);
});

// a task left running is a unit of its own: its two writes still belong together
async function settleDriverPay(driverId, amount) {
  await prisma.payout.create({ data: { driverId, amount } }); // expect: data/transaction-missing
  await prisma.driver.update({ where: { id: driverId }, data: { balance: { decrement: amount } } });
}

app.post('/deliveries/:id/complete', async (req, res) => {
  const id = Number(req.params.id);
  const delivery = await prisma.delivery.update({ where: { id }, data: { status: 'DONE' } });
  settleDriverPay(delivery.driverId, 12).catch((err) => console.error('payout failed', err.message));
  res.json(delivery);
});

app.listen(3000);
