import { Router } from 'express';

export const orders = Router();

orders.get('/', (_req, res) => res.json([]));
orders.get('/:id', (_req, res) => res.json({}));
