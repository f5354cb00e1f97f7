import express from 'express';
import { requireLogin } from './session.mjs';
import { horses } from '../routes/index.mjs';

export function buildRouters() {
  const openRouter = express.Router();
  const memberRouter = express.Router();
  memberRouter.use(requireLogin);

  openRouter.get('/health', (req, res) => res.json({ ok: true }));
  memberRouter.use('/horses', horses);

  return { openRouter, memberRouter };
}
