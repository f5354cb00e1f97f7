import { Router } from 'express';

export function createNotifierRouter(): Router {
  const router = Router();
  router.get('/health', (req, res) => {
    res.json({ ok: true });
  });
  router.post('/messages', (req, res) => {
    res.status(202).json({ queued: true });
  });
  return router;
}
