import { Router } from 'express';

export const items = Router();

items.get('/', (_req, res) => {
  res.json([]);
});
