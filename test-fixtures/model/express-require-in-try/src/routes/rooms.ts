import { Router } from 'express';

const router = Router();
router.get('/', (req, res) => res.json([]));
router.post('/:roomId/messages', (req, res) => res.status(201).json({ sent: true }));
export default router;
