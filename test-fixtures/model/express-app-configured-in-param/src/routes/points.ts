import { Router } from 'express';

const router = Router();

router.get('/', (_req, res) => {
  res.json({ points: 0 });
});

export default router;
