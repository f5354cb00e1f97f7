const express = require('express');
const crypto = require('crypto');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the reassignment is the change; the incident note beside it may fail on its own (its own .catch), the change stands
app.patch('/jobs/:id/reassign', async (req, res) => {
  const job = await prisma.job.update({ where: { id: req.params.id }, data: { driverId: String(req.body.driverId) } });
  await prisma.incident
    .create({ data: { jobId: job.id, note: 'reassigned by dispatcher' } })
    .catch((err) => console.warn('incident note failed', err.message));
  res.json(job);
});

// the same two writes, the second one awaited plainly: a failure leaves the job reassigned with no incident
app.patch('/jobs/:id/handover', async (req, res) => {
  const job = await prisma.job.update({ where: { id: req.params.id }, data: { driverId: String(req.body.driverId) } }); // expect: data/transaction-missing
  await prisma.incident.create({ data: { jobId: job.id, note: 'handed over' } });
  res.json(job);
});

// the last sign-in time is a stamp of activity, true whatever happens to the session row
app.post('/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user) return res.status(401).json({ error: 'invalid' });
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const session = await prisma.session.create({ data: { userId: user.id, token: crypto.randomBytes(32).toString('hex') } });
  res.json({ token: session.token });
});

// activating the account on first sign-in is a change of state, not a stamp
app.post('/activate', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user) return res.status(401).json({ error: 'invalid' });
  await prisma.user.update({ where: { id: user.id }, data: { status: 'active', lastLoginAt: new Date() } }); // expect: data/transaction-missing
  await prisma.welcomeCredit.create({ data: { userId: user.id, amount: 5 } });
  res.json({ ok: true });
});

// two writes in one block whose failure is only logged: the first may stay without the second
app.put('/matches/:id/forfeit', async (req, res) => {
  try {
    await prisma.match.update({ where: { id: req.params.id }, data: { status: 'FORFEIT' } }); // expect: data/transaction-missing
    await prisma.player.update({ where: { id: String(req.body.playerId) }, data: { forfeits: { increment: 1 } } });
  } catch (err) {
    console.error('forfeit failed', err);
  }
  res.json({ ok: true });
});

app.listen(3000);
