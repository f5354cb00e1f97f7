const express = require('express');
const { Pool } = require('pg');

// a copy of the API kept before a rewrite: outside the workspaces, named by nothing that builds or starts the project
const pool = new Pool();
const app = express();

app.get('/api/products', async (req, res) => {
  try {
    const r = await pool.query('SELECT id, name, price FROM products');
    res.json(r.rows);
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

app.listen(3001);
