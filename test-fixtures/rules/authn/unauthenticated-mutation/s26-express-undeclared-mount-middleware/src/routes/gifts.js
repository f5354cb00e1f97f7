const express = require('express');

const router = express.Router();
const sent = [];

router.post('/send', (req, res) => {
  sent.push({ from: req.user && req.user.id, to: String(req.body.to), gift: String(req.body.gift) });
  res.status(201).json({ ok: true });
});

module.exports = router;
