import { Router } from 'express';
import jwt from 'jsonwebtoken';

const router = Router();
router.use((req, res, next) => {
  const token = req.headers.authorization?.slice(7);
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  try {
    (req as any).user = jwt.verify(token, process.env.JWT_SECRET as string); // expect: config/env-undocumented
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
});
router.get('/', (req, res) => res.json([]));
export default router;
