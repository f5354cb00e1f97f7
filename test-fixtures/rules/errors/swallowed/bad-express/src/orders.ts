import { Router } from 'express';
import { mailer, store } from './services';

export const orders = Router();

orders.post('/', async (req, res) => {
  try {
    const order = await store.save({ item: String(req.body.item) });
    res.status(201).json(order);
  } catch (err) { // expect: errors/swallowed
    console.error(err);
    res.json({ ok: true });
  }
});

orders.get('/:id', async (req, res) => {
  let order = null;
  try {
    order = await store.find(req.params.id);
  } catch (e) {} // expect: errors/swallowed
  res.json(order);
});

orders.post('/:id/notify', async (req, res) => {
  mailer.send('ops@example.com', 'order ' + req.params.id).catch(() => {}); // expect: errors/swallowed
  res.status(202).end();
});
