const express = require('express');

const router = express.Router();
const notes = [];

router.get('/', (req, res) => res.json(notes.filter((n) => n.owner === req.user.id)));
router.delete('/:id', (req, res) => {
  const i = notes.findIndex((n) => n.id === req.params.id && n.owner === req.user.id);
  if (i >= 0) notes.splice(i, 1);
  res.status(204).end();
});

module.exports = router;
