const express = require('express');
const { prisma, addEntry } = require('./ledger');
const { Owner } = require('./models');

const app = express();
app.use(express.json());

// one batch: the upserts are handed, unawaited, to $transaction(list)
app.put('/labels', async (req, res) => {
  const labels = Array.isArray(req.body.labels) ? req.body.labels : [];
  const ops = labels.map((l) => prisma.label.upsert({ where: { key: String(l.key) }, create: { key: String(l.key), text: String(l.text) }, update: { text: String(l.text) } }));
  await prisma.$transaction(ops);
  res.status(204).end();
});

// Model.find(filter, callback): the callback runs once with all rows, it is no loop
app.post('/owners/default', (req, res) => {
  Owner.find({}, (err, owners) => {
    if (err || owners.length === 0) {
      const first = new Owner({ name: 'owner' });
      first.save(() => res.status(201).end());
    } else {
      res.status(200).end();
    }
  });
});

// the import adds entries one by one (reported, in ledger.js) without refreshing the wallet total per entry:
// refresh: false switches that query off
app.post('/wallets/:id/import', async (req, res) => {
  const rows = Array.isArray(req.body.rows) ? req.body.rows : [];
  const made = [];
  for (const r of rows) {
    made.push(await addEntry({ walletId: req.params.id, cents: Number(r.cents), refresh: false }));
  }
  res.status(201).json({ count: made.length });
});

app.listen(5105);
