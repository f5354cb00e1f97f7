const { Router } = require('express');

const router = Router();

router.get('/', async (req, res) => {
  try {
    res.json(await loadShifts(req.query.team));
  } catch (e) {
    res.status(500).json({ message: e.message, stack: e.stack });
  }
});

router.delete('/:id', (req, res) => {
  res.json({ removed: req.params.id });
});

async function loadShifts(team) {
  return [{ team }];
}

module.exports = router;
