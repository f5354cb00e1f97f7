const express = require('express');
const { poolFor, scratchPool } = require('./targets');
const { cache } = require('./cache');

const app = express();
app.use(express.json());

const targets = { a: { id: 'a', url: process.env.TARGET_A_URL }, b: { id: 'b', url: process.env.TARGET_B_URL } };

app.get('/targets/:id/databases', async (req, res, next) => {
  try {
    const target = targets[req.params.id];
    if (!target) return res.status(404).json({ error: 'unknown target' });
    const hit = await (await cache()).get(`dbs:${target.id}`);
    if (hit) return res.json(JSON.parse(hit));
    const { rows } = await poolFor(target).query('SELECT datname FROM pg_database WHERE NOT datistemplate');
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

app.get('/targets/:id/ping', async (req, res, next) => {
  try {
    const target = targets[req.params.id];
    if (!target) return res.status(404).json({ error: 'unknown target' });
    await scratchPool(target).query('SELECT 1');
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

app.use((err, req, res, next) => res.status(500).json({ error: 'internal error' }));

app.listen(3000);
