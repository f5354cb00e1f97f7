const express = require('express');
const { prisma, returningShare, weeklyShare } = require('./stats');

const app = express();
app.use(express.json());

// the default offsets: three counts whatever the data holds
app.get('/stats/summary', async (req, res) => {
  res.json(await returningShare(new Date(Date.now() - 30 * 86400000)));
});

app.get('/stats/weekly', async (req, res) => {
  res.json(await weeklyShare(new Date(Date.now() - 28 * 86400000)));
});

// offsets the client lists: one count per offset it sends
app.get('/stats/returning', async (req, res) => {
  const offsets = String(req.query.days || '1').split(',').map(Number);
  res.json(await returningShare(new Date(Date.now() - 30 * 86400000), offsets));
});

// each allocation moves a different amount on its own invoice, inside one interactive transaction
app.post('/payments', async (req, res) => {
  const payment = await prisma.$transaction(async (tx) => {
    const p = await tx.payment.create({ data: { amount: req.body.amount } });
    for (const a of req.body.allocations) {
      await tx.allocation.create({ data: { paymentId: p.id, invoiceId: a.invoiceId, amount: a.amount } }); // expect: data/query-in-loop
      await tx.invoice.update({
        where: { id: a.invoiceId },
        data: { paid: { increment: a.amount }, due: { decrement: a.amount } },
      });
    }
    return p;
  });
  res.status(201).json(payment);
});

// the same value for every row: one updateMany with an IN list does it
app.post('/invoices/close', async (req, res) => {
  await prisma.$transaction(async (tx) => {
    for (const id of req.body.ids) {
      await tx.invoice.update({ where: { id }, data: { status: 'CLOSED' } }); // expect: data/query-in-loop
    }
  });
  res.status(204).end();
});

// per-row values but no transaction: the writes stand alone
app.post('/invoices/adjust', async (req, res) => {
  for (const a of req.body.adjustments) {
    await prisma.invoice.update({ where: { id: a.id }, data: { due: { decrement: a.amount } } }); // expect: data/query-in-loop
  }
  res.status(204).end();
});

app.listen(3000);
