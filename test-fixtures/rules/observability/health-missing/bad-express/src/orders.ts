import { Router } from 'express';

export const ordersRouter = Router();
ordersRouter.get('/', (_req, res) => res.json([]));
ordersRouter.get('/:id', (req, res) => res.json({ id: req.params.id }));
