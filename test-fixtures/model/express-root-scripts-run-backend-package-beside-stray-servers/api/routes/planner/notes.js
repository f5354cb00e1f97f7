const express = require('express');

const router = express.Router();
const saved = [];

router.post('/', (req, res) => {
  try {
    saved.push(req.body.text.trim());
    res.status(201).json({ count: saved.length });
  } catch (error) {
    res.status(500).json({ error: error.message, stack: error.stack });
  }
});

module.exports = router;
