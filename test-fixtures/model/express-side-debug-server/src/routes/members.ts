import { Router } from 'express';

export const memberRoutes = Router();

memberRoutes.get('/', (_req, res) => {
  res.json([]);
});
