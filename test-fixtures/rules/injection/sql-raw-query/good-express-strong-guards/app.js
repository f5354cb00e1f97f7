const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
const SORTS = ['name', 'price', 'created_at'];

// a strict pattern: letters, digits and dashes only
app.get('/products/by-sku/:sku', async (req, res) => {
  const sku = req.params.sku;
  if (!/^[A-Z0-9-]{3,20}$/.test(sku)) return res.status(400).json({ error: 'bad sku' });
  const { rows } = await pool.query(`SELECT id, name FROM products WHERE sku = '${sku}'`);
  res.json(rows);
});

// an allow-list of columns
app.get('/products', async (req, res) => {
  const sort = String(req.query.sort);
  if (!SORTS.includes(sort)) return res.status(400).json({ error: 'bad sort' });
  const { rows } = await pool.query(`SELECT id, name FROM products ORDER BY ${sort}`);
  res.json(rows);
});

// a number
app.get('/products/page/:n', async (req, res) => {
  const n = Number(req.params.n);
  if (!Number.isInteger(n) || n < 0) return res.status(400).json({ error: 'bad page' });
  const { rows } = await pool.query(`SELECT id, name FROM products ORDER BY id LIMIT 20 OFFSET ${n * 20}`);
  res.json(rows);
});

app.listen(3000);
