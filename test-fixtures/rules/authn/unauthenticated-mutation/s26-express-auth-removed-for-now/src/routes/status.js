const express = require('express');
const store = require('../store');

// Public status board: drivers report a breakdown without an account
const router = express.Router();

router.post('/reports', (req, res) => {
  const note = String(req.body.note || '').slice(0, 500);
  res.status(201).json(store.reports.add({ note }));
});

module.exports = router;
