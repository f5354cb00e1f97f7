import express from 'express';

const router = express.Router();
const stable = new Map();

router.get('/', (req, res) => res.json([...stable.values()].filter((h) => h.owner === req.user.sub)));
router.get('/:id', (req, res) => {
  const horse = stable.get(req.params.id);
  if (!horse || horse.owner !== req.user.sub) return res.status(404).json({ error: 'not found' });
  res.json(horse);
});

export default router;
