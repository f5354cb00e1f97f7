const express = require('express');

const app = express();
app.use(express.json());
const vars = new Map();

// a yes/no flag about a secret changes: no secret is compared
app.put('/vars/:id', (req, res) => {
  const existing = vars.get(req.params.id);
  if (!existing) return res.status(404).end();
  if (req.body.isSecret !== existing.isSecret && existing.locked) return res.status(409).json({ error: 'locked' });
  vars.set(req.params.id, { ...existing, value: String(req.body.value), isSecret: Boolean(req.body.isSecret) });
  return res.json({ ok: true });
});

// the challenge check, then the same comparison repeated in the log line: one leak, reported once
app.post('/sync', (req, res) => {
  const apiKey = req.get('x-api-key');
  const serviceKey = process.env.SYNC_SERVICE_KEY;
  if (apiKey === serviceKey) return res.json({ synced: vars.size }); // expect: authn/timing-unsafe-compare
  console.warn(`sync refused, key_match=${apiKey === serviceKey}`);
  return res.status(403).end();
});

app.listen(3000);
