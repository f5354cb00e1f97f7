const express = require('express');

const router = express.Router();

// mounted before the guarded router: reached without a token
router.post('/session', (req, res) => {
  res.status(201).json({ issued: true });
});

module.exports = router;
