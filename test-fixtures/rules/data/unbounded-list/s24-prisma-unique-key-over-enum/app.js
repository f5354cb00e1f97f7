const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// one setting per owner and alert kind (unique over owner and an enum of three): at most three rows
app.get('/me/alert-settings', async (req, res) => {
  const settings = await prisma.alertSetting.findMany({ where: { ownerId: req.user.id }, orderBy: { kind: 'asc' } });
  res.json(settings);
});

app.put('/me/alert-settings', async (req, res) => {
  const row = await prisma.alertSetting.upsert({
    where: { ownerId_kind: { ownerId: req.user.id, kind: req.body.kind } },
    update: { muted: req.body.muted },
    create: { ownerId: req.user.id, kind: req.body.kind, muted: req.body.muted },
  });
  res.json(row);
});

// reminders are only indexed by owner and kind, not unique: an owner may hold any number
app.get('/me/reminders', async (req, res) => {
  const rows = await prisma.reminder.findMany({ where: { ownerId: req.user.id } }); // expect: data/unbounded-list
  res.json(rows);
});

app.post('/me/reminders', async (req, res) => {
  const row = await prisma.reminder.create({ data: { ownerId: req.user.id, kind: req.body.kind, note: req.body.note } });
  res.status(201).json(row);
});

// a unique key left free: every owner's settings
app.get('/alert-settings', async (req, res) => {
  const all = await prisma.alertSetting.findMany({ where: { muted: true } }); // expect: data/unbounded-list
  res.json(all);
});

// the filter built apart, each key set only when asked: with no query every owner's settings come back
app.get('/admin/alert-settings', async (req, res) => {
  const where = {};
  if (req.query.owner) where.ownerId = String(req.query.owner);
  if (req.query.kind) where.kind = String(req.query.kind);
  const rows = await prisma.alertSetting.findMany({ where }); // expect: data/unbounded-list
  res.json(rows);
});

// a field of the caller's options may be left out
async function settingsOf(filters) {
  return prisma.alertSetting.findMany({ where: { ownerId: filters.ownerId } }); // expect: data/unbounded-list
}
app.get('/settings', async (req, res) => {
  res.json(await settingsOf({ ownerId: req.query.owner }));
});

app.listen(3000);
