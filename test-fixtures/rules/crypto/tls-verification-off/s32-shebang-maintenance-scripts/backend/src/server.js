const express = require('express');
const { Pool } = require('pg');

// the API's own pool: certificate checks off
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } }); // expect: crypto/tls-verification-off

const app = express();
app.get('/api/rentals', async (req, res) => {
  const { rows } = await pool.query('SELECT id, customer_email FROM rentals ORDER BY id DESC LIMIT 50');
  res.json(rows);
});
app.listen(process.env.PORT || 3001);
