import { Router } from 'express';

// the routes before the rewrite: nothing imports this file any more, so the comparison never runs
export const legacyRouter = Router();
legacyRouter.post('/reindex', (req, res) => {
  if (req.get('x-internal-key') !== process.env.INTERNAL_KEY) return res.sendStatus(401);
  res.json({ queued: true });
});
