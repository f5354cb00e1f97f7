import { Router } from 'express';

const parcels = [{ id: 'p-1', weight: 2 }];
const router = Router();

router.get('/parcels', (req, res) => {
  res.json(parcels);
});

export default router;
