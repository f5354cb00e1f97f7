import { Router } from 'express';
import { catalog, probe, rates, stats } from './services';
import { check } from './check';

export const routes = Router();

routes.get('/stats', async (req, res) => {
  res.json(await stats.summary());
});

routes.get('/health', async (req, res) => {
  const up = await probe.healthy();
  res.status(up ? 200 : 503).json({ up });
});

routes.get('/convert', async (req, res) => {
  res.json({ value: await rates.convert(Number(req.query.amount), String(req.query.from), String(req.query.to)) });
});

routes.post('/items', function (req, res) {
  check(['name'])(req, res)
    .then(() => {
      catalog
        .add(String(req.body.name))
        .then((item) => res.status(201).json(item))
        .catch(() => res.status(500).json({ error: 'not saved' }));
    })
    .catch(() => {});
});

routes.get('/items/:id', async (req, res) => {
  const item = await catalog.find(req.params.id);
  try {
    res.json(item);
  } catch (err) {
    res.json({ error: 'could not answer' });
  }
});
