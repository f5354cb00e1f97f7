import { Router } from 'express';

const received: unknown[] = [];
export const webhooksRouter = Router();

// a partner's delivery receipts, stored as sent
webhooksRouter.post('/receipts', (req, res) => {
  received.push({ id: req.body.id, status: req.body.status });
  res.status(202).end();
});
