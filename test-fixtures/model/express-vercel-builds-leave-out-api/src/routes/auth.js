const { Router } = require('express');

const router = Router();

router.get('/register', (_req, res) => {
  res.json({ open: false });
});

module.exports = router;
