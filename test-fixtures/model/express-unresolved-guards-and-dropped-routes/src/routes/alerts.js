const express = require('express');
const router = express.Router();
const { verifyToken } = require('../middleware/guards');

router.get('/', verifyToken, async (req, res) => {
  res.json([]);
});

router.get('/:id', verifyToken, async (req, res) => {
  res.json({ id: req.params.id });
});

router.get('/summary', verifyToken, async (req, res) => {
  res.json({ total: 0 });
});

const pushAlert = (userId, text) => ({ userId, text });

module.exports = { router, pushAlert };
