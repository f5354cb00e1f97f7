const express = require('express');
const { db } = require('./db');

const server = express();
server.use(express.json({ limit: '100kb' }));

// the shared secret may come as ?key= or as a header: either way it is only compared with the configured one
server.post('/callbacks/ledger', async (req, res) => {
  const expected = process.env.LEDGER_CALLBACK_KEY;
  if (expected) {
    const presented = req.query.key || req.headers['x-callback-key'];
    if (!presented || presented !== expected) {
      console.warn('ledger callback refused', { presented: presented ? 'set' : 'missing' });
      return res.status(401).json({ error: 'unauthorized' });
    }
  }
  await db.query('UPDATE ledger_sync SET last_seen = now() WHERE source = $1', ['ledger']);
  res.sendStatus(204);
});

// the same either-source value stored as it came: nothing checks what it holds
server.post('/callbacks/register', async (req, res) => {
  const label = req.query.label || req.headers['x-callback-label']; // expect: validation/unvalidated-input
  await db.query('INSERT INTO callback_sources (label) VALUES ($1)', [label]);
  res.sendStatus(201);
});

server.listen(8080);
