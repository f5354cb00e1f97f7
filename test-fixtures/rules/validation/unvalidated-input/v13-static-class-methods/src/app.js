const express = require('express');
const { Route } = require('./models/route');
const { RouteCache } = require('./utils/cache');

const app = express();
app.use(express.json());

app.delete('/routes/:id', async (req, res) => {
  const { id } = req.params;
  const ok = await Route.delete(Number(id));
  if (!ok) return res.status(400).json({ error: 'could not delete' });
  RouteCache.invalidate(Number(id));
  return res.json({ ok: true });
});

app.post('/routes/:id/cache-clear', async (req, res) => {
  const { id } = req.params;
  RouteCache.invalidate(Number(id));
  return res.json({ ok: true });
});

app.put('/routes/:id/label', async (req, res) => {
  const { id } = req.params; // expect: validation/unvalidated-input
  await RouteCache.rename(id, 'main');
  return res.json({ ok: true });
});

app.listen(3000);
