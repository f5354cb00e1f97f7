import { Router } from 'express';
import { mailer, store } from './services';

export const orders = Router();

orders.post('/', async (req, res, next) => {
  try {
    const order = await store.save({ item: String(req.body.item) });
    res.status(201).json(order);
  } catch (err) {
    next(err);
  }
});

orders.get('/:id', async (req, res, next) => {
  let cached = null;
  try {
    cached = JSON.parse(String(req.headers['x-cached-order']));
  } catch {
    // no cached copy sent: load it below
  }
  try {
    res.json(cached ?? (await store.find(req.params.id)));
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: 'could not load the order' });
  }
});

orders.post('/:id/notify', async (req, res) => {
  mailer.send('ops@example.com', 'order ' + req.params.id).catch((err) => console.warn('notify failed', err));
  res.status(202).end();
});
