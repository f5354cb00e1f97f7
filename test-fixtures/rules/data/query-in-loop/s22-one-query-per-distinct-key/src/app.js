const express = require('express');
const { prisma } = require('./db');

const app = express();
app.use(express.json());

// the references are grouped by kind first: each kind is a key of the map once, and each kind's query runs under
// its own test of the key, so each query runs at most once whatever the number of references
app.post('/notes', async (req, res) => {
  const byKind = new Map();
  for (const ref of req.body.refs) {
    const ids = byKind.get(ref.kind) || [];
    ids.push(ref.id);
    byKind.set(ref.kind, ids);
  }
  for (const [kind, ids] of byKind.entries()) {
    if (kind === 'home') {
      const n = await prisma.home.count({ where: { id: { in: ids } } });
      if (n !== ids.length) return res.status(422).end();
      continue;
    }
    if (kind === 'vehicle') {
      const n = await prisma.vehicle.count({ where: { id: { in: ids } } });
      if (n !== ids.length) return res.status(422).end();
    }
  }
  res.status(201).end();
});

// a list may hold one kind many times: the query runs once per matching item
app.post('/notes/check', async (req, res) => {
  for (const ref of req.body.refs) {
    if (ref.kind === 'home') {
      await prisma.home.findUnique({ where: { id: ref.id } }); // expect: data/query-in-loop
    }
  }
  res.status(204).end();
});

app.listen(3000);
