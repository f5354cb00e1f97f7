const crypto = require('crypto');
const express = require('express');
const db = require('./db');

const app = express();
app.use(express.json({ limit: '50kb' }));
app.use((req, res, next) => {
  req.requestId = crypto.randomUUID();
  next();
});

app.post('/transfers', async (req, res, next) => {
  try {
    const cents = Number.parseInt(req.body.cents, 10);
    if (!Number.isSafeInteger(cents) || cents <= 0) return res.status(400).json({ error: 'cents must be a positive integer' });
    await db.transfer(String(req.body.from), String(req.body.to), cents);
    res.status(201).json({ ok: true });
  } catch (e) { next(e); }
});

app.patch('/accounts/:id', async (req, res, next) => {
  try {
    const id = String(req.params.id);
    await db.prisma.account.update({ where: { id }, data: { name: String(req.body.name).slice(0, 80) } });
    await db.prisma.audit.create({ data: { accountId: id, what: 'rename' } });
    res.json({ ok: true });
  } catch (e) { next(e); }
});

app.listen(3000);
