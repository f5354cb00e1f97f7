const express = require('express');

const router = express.Router();

router.post('/sign-in', (req, res) => res.json({ ok: true }));
router.post('/sign-out', (req, res) => res.status(204).end());

module.exports = router;
