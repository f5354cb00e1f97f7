const express = require('express');
const { Pool } = require('pg');

const app = express();

// a long-lived Node process: a pool per request exhausts the database's connections
app.get('/reports', async (req, res) => {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL }); // expect: data/client-per-request
  const { rows } = await pool.query('SELECT id, title FROM reports LIMIT 20');
  await pool.end();
  res.json(rows);
});

app.listen(3000);
