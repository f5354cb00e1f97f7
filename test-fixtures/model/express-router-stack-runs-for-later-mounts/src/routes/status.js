const express = require('express');

const router = express.Router();

// mounted at /api after the tickets router: a request for /api/status passes through the tickets router's
// stack first, so it needs a token as well
router.get('/status', (req, res) => {
  res.json({ ok: true });
});

module.exports = router;
