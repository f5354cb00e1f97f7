const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

app.get('/api/products', async (req, res) => {
  try {
    const r = await pool.query('SELECT id, name FROM products');
    res.json(r.rows);
  } catch (err) {
    res.status(500).json({ error: err.message }); // expect: errors/stack-leak
  }
});

app.listen(3000);
