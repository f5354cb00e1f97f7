const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the provider call: when the provider says the token is dead, the link is marked so before the request fails;
// that mark must stay when the request fails, and nothing after it runs
async function callProvider(linkId, path) {
  const r = await fetch('https://provider.example.com/' + path);
  const data = await r.json();
  if (data.error === 'token_revoked') {
    await prisma.link.update({ where: { id: linkId }, data: { status: 'revoked' } });
    throw new Error('provider token revoked');
  }
  return data;
}

app.post('/links/:id/members', async (req, res) => {
  const profile = await callProvider(req.params.id, 'me');
  const member = await prisma.member.create({ data: { linkId: req.params.id, name: String(profile.name) } });
  res.status(201).json(member);
});

// the same mark without the throw: the request goes on and writes again, the two writes are one change
async function markAndGo(linkId) {
  const link = await prisma.link.findUnique({ where: { id: linkId } });
  if (link.pending) {
    await prisma.link.update({ where: { id: linkId }, data: { pending: false } }); // expect: data/transaction-missing
  }
  return link;
}

app.post('/links/:id/confirm', async (req, res) => {
  await markAndGo(req.params.id);
  await prisma.member.create({ data: { linkId: req.params.id, name: String(req.body.name) } });
  res.json({ ok: true });
});

// the tier lookup may expire a trial on the way (a write) and is tried apart: its failure is dropped and the alert is
// made anyway, so the two writes are not one unit
async function effectiveTier(userId) {
  const sub = await prisma.subscription.findUnique({ where: { userId } });
  if (sub && sub.trialEndsAt < new Date()) {
    await prisma.subscription.update({ where: { userId }, data: { status: 'expired' } });
    return 'free';
  }
  return sub ? sub.plan : 'free';
}

app.post('/alerts', async (req, res) => {
  let priority = 'standard';
  try {
    if ((await effectiveTier(String(req.body.userId))) === 'premium') priority = 'early';
  } catch {}
  const alert = await prisma.alert.create({ data: { userId: String(req.body.userId), priority } });
  res.status(201).json(alert);
});

// the same step whose failure ends the request with an error: the expiry may stay without the alert
async function planOf(userId) {
  const sub = await prisma.subscription.findUnique({ where: { userId } });
  if (sub && sub.trialEndsAt < new Date()) {
    await prisma.subscription.update({ where: { userId }, data: { status: 'expired' } }); // expect: data/transaction-missing
  }
  return sub ? sub.plan : 'free';
}

app.post('/alerts/strict', async (req, res) => {
  let tier;
  try {
    tier = await planOf(String(req.body.userId));
  } catch (err) {
    return res.status(500).json({ error: 'tier lookup failed' });
  }
  await prisma.alert.create({ data: { userId: String(req.body.userId), priority: tier === 'premium' ? 'early' : 'standard' } });
  res.status(201).json({ ok: true });
});

// an import run: the run record, then each item on its own, a failed item is recorded and the loop goes on
app.post('/imports', async (req, res) => {
  const run = await prisma.importRun.create({ data: { source: String(req.body.source) } });
  const errors = [];
  for (const item of req.body.items || []) {
    try {
      await prisma.title.upsert({ where: { ref: String(item.ref) }, update: { name: String(item.name) }, create: { ref: String(item.ref), name: String(item.name) } });
    } catch (err) {
      errors.push(String(item.ref));
    }
  }
  res.json({ run: run.id, errors });
});

// a retention purge: each table loses the rows past their keeping time; a partial run is finished by the next one
const daysAgo = (n) => new Date(Date.now() - n * 86400000);
app.post('/admin/retention', async (req, res) => {
  const a = await prisma.feedback.deleteMany({ where: { ts: { lt: daysAgo(90) } } });
  const b = await prisma.recommendation.deleteMany({ where: { createdAt: { lt: daysAgo(30) } } });
  const cutoff = daysAgo(7);
  const c = await prisma.signal.deleteMany({ where: { ts: { lt: cutoff } } });
  res.json({ purged: a.count + b.count + c.count });
});

// deleting one user's rows is not a purge by age: the two deletes are one change
app.delete('/users/:id/data', async (req, res) => {
  await prisma.feedback.deleteMany({ where: { userId: req.params.id } }); // expect: data/transaction-missing
  await prisma.recommendation.deleteMany({ where: { userId: req.params.id } });
  res.status(204).end();
});

app.listen(3000);
