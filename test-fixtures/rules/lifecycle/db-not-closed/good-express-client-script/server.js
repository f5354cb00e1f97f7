const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

app.get('/tickets', async (req, res) => {
  const { rows } = await pool.query('SELECT id, table_no FROM tickets ORDER BY id DESC LIMIT 20');
  res.json(rows);
});

app.listen(process.env.PORT || 3001);
