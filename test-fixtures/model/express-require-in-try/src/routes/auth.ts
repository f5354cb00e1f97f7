import { Router } from 'express';

const router = Router();
router.post('/login', (req, res) => res.json({ token: 'issued' }));
router.post('/logout', (req, res) => res.status(204).end());
export default router;
