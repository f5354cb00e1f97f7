const express = require('express');
const { requireStaff } = require('../auth');
const router = express.Router();

const staff = new Map();

router.get('/staff', requireStaff, (req, res) => {
  res.json([...staff.values()]);
});

router.post('/staff', requireStaff, (req, res) => {
  const email = String(req.body.email || '').toLowerCase();
  if (!email.includes('@')) return res.status(400).json({ error: 'email required' });
  staff.set(email, { email });
  res.status(201).json({ email });
});

router.delete('/staff/:email', requireStaff, (req, res) => {
  staff.delete(String(req.params.email));
  res.status(204).end();
});

module.exports = router;
