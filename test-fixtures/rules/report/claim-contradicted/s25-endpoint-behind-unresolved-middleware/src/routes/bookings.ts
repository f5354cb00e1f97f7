import { Router } from 'express';
import { requireLogin } from '@/middleware/auth';

const router = Router();
const bookings: Array<{ seat: string }> = [];

// requireLogin is no export of the module: undefined here, and Express refuses it when the router loads
router.use(requireLogin);

router.post('/bookings', (req, res) => {
  bookings.push({ seat: String(req.body.seat) });
  res.status(201).end();
});

export default router;
