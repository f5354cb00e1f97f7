const { Router } = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }); // expect: crypto/tls-verification-off

const router = Router();
router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT id, total FROM orders ORDER BY id DESC LIMIT 50');
  res.json(rows);
});
module.exports = router;
