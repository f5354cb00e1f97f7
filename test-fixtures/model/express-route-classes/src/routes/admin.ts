import { Router } from 'express';

const exportsRouter = Router();
exportsRouter.get('/export', (_req, res) => res.json({ started: true }));

const statsRouter = Router();
statsRouter.get('/', (_req, res) => res.json({ users: 0 }));

// keyed by mount path
export const adminRouters = {
  '/admin/exports': exportsRouter,
  '/admin/stats': statsRouter,
};
