const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
const app = express();
app.use(express.json());

app.get('/api/v1/references/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, status FROM refs WHERE id = $1', [String(req.params.id)]);
  if (!rows[0]) return res.status(404).end();
  res.json(rows[0]);
});

app.listen(process.env.PORT || 3000);
