const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

// a length bound leaves room for any quote and comment
app.get('/products', async (req, res) => {
  const q = req.query.q;
  if (!q || q.length > 100) return res.status(400).json({ error: 'bad search' });
  const { rows } = await pool.query(`SELECT id, name FROM products WHERE name ILIKE '%${q}%'`); // expect: injection/sql-raw-query[error]
  res.json(rows);
});

// being a string is what an injection needs
app.get('/products/by-brand', async (req, res) => {
  const brand = req.query.brand;
  if (typeof brand !== 'string') return res.status(400).json({ error: 'brand required' });
  const { rows } = await pool.query("SELECT id, name FROM products WHERE brand = '" + brand + "'"); // expect: injection/sql-raw-query[error]
  res.json(rows);
});

app.listen(3000);
