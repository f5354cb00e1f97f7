import { Router } from 'express';
import { logger } from './logger';

export const ordersRouter = Router();

ordersRouter.post('/', async (req, res) => {
  try {
    logger.info({ sku: req.body.sku }, 'order received');
    res.status(201).json({ ok: true });
  } catch (err) {
    console.error('order failed', err); // expect: logging/console-in-server
    res.status(500).json({ error: 'internal' });
  }
});

ordersRouter.delete('/:id', (req, res) => {
  console.log('deleting', req.params.id);
  res.status(204).end();
});
