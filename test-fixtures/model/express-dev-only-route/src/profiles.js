const express = require('express');

const router = express.Router();
const profiles = new Map();

router.get('/:id', (req, res) => {
  const profile = profiles.get(req.params.id);
  if (!profile) return res.status(404).json({ error: 'not found' });
  res.json(profile);
});

module.exports = router;
