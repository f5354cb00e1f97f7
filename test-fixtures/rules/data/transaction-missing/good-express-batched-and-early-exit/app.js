const express = require('express');
const { prisma, Ticket } = require('./db');
const { notify } = require('./mailer');

const app = express();
app.use(express.json());

// the queries are collected unawaited and run together by $transaction(list)
app.post('/folders/:id/merge', async (req, res) => {
  const steps = [
    prisma.doc.updateMany({ where: { folderId: String(req.body.from) }, data: { folderId: req.params.id } }),
    prisma.folder.delete({ where: { id: String(req.body.from) } }),
  ];
  await prisma.$transaction(steps);
  res.status(204).end();
});

// the same with a list built by map()
app.put('/prices', async (req, res) => {
  const rows = Array.isArray(req.body.rows) ? req.body.rows : [];
  const upserts = rows.map((r) =>
    prisma.price.upsert({ where: { sku: String(r.sku) }, create: { sku: String(r.sku), cents: Number(r.cents) }, update: { cents: Number(r.cents) } }),
  );
  await prisma.$transaction(upserts);
  res.status(204).end();
});

// one create per row, the row's shape picks the branch: never two creates for one row
app.post('/parts', async (req, res) => {
  const parts = Array.isArray(req.body.parts) ? req.body.parts : [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].low === null && parts[i].high === null) {
      await prisma.part.create({ data: { name: String(parts[i].name), low: 0, high: 0 } });
    } else {
      await prisma.part.create({ data: { name: String(parts[i].name), low: Number(parts[i].low), high: Number(parts[i].high) } });
    }
  }
  res.status(201).end();
});

// an expired ticket is marked and the request ends there; otherwise it is closed and a mail is logged
app.post('/tickets/:id/close', async (req, res) => {
  const t = await Ticket.findById(req.params.id);
  if (!t) return res.status(404).end();
  if (t.closedAt && t.closedAt < new Date()) {
    t.state = 'expired';
    await t.save();
    return res.status(409).json({ error: 'expired' });
  }
  await Ticket.updateOne({ _id: t._id }, { state: 'closed' });
  await notify(String(req.body.to));
  res.status(204).end();
});

app.listen(5104);
