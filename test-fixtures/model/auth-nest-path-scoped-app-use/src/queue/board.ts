import { Router } from 'express';

// a small read-only dashboard of the job queue, served beside the API
export function createBoardRouter() {
  const router = Router();
  router.get('/', (_req, res) => res.send('<h1>queues</h1>'));
  return router;
}
