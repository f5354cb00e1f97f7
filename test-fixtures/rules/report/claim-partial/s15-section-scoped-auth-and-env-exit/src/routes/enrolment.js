const express = require('express');
const router = express.Router();

const pending = [];

router.post('/enrol', (req, res) => {
  const name = String(req.body.name || '').slice(0, 80);
  if (!name) return res.status(400).json({ error: 'name required' });
  pending.push({ name, at: Date.now() });
  res.status(202).json({ queued: true });
});

module.exports = router;
