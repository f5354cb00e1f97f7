const express = require('express');
const { pool } = require('../../db');

const router = express.Router();
router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT id, display_name FROM users ORDER BY id LIMIT 50');
  res.json(rows);
});

module.exports = router;
