const { Router } = require('express');
const { Pool } = require('pg');

// the old reports router: server.js stopped mounting it when reports moved to the warehouse (nothing requires this file)
const pool = new Pool({ connectionString: process.env.REPORTS_DATABASE_URL, ssl: { rejectUnauthorized: false } });

const router = Router();
router.get('/daily', async (req, res) => {
  const { rows } = await pool.query('SELECT day, total FROM daily_totals ORDER BY day DESC LIMIT 30');
  res.json(rows);
});
module.exports = router;
