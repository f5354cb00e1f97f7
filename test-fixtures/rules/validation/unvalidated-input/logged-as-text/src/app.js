const express = require('express');
const { Pool } = require('pg');

const app = express();
const pool = new Pool();
app.use(express.json());

// the query string is only written to the log, as JSON text
app.get('/plans/mine', async (req, res) => {
  console.log('[plans] query:', JSON.stringify(req.query));
  const { rows } = await pool.query('SELECT id, name FROM plans WHERE active');
  res.json(rows);
});

// logged as text, then also used to filter: the filter is what counts, and where the finding points
app.get('/plans/search', async (req, res) => {
  console.log('[plans] query:', JSON.stringify(req.query));
  const { rows } = await pool.query('SELECT id, name FROM plans WHERE name = ANY($1)', [Object.values(req.query)]); // expect: validation/unvalidated-input
  res.json(rows);
});

app.listen(3000);
