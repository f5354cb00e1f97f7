import { Router } from 'express';

const router = Router();
router.post('/avatar', (_req, res) => res.status(201).end());
export default router;
