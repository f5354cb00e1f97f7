const express = require('express');
const { sql } = require('../config/database.cjs');

const router = express.Router();

// a maintenance view that reads any table by name
router.get('/sample/:tableName', async (req, res) => {
  const { tableName } = req.params;
  const rows = await sql(`SELECT * FROM ${tableName} LIMIT 5`); // expect: injection/sql-raw-query
  res.json(rows);
});

// the tag binds every hole as a parameter
router.get('/products/:id', async (req, res) => {
  const rows = await sql`SELECT * FROM products WHERE id = ${req.params.id}`;
  res.json(rows[0] ?? null);
});

// constant text called as a function: nothing from the request
router.get('/categories', async (req, res) => {
  const rows = await sql('SELECT id, name FROM categories ORDER BY name');
  res.json(rows);
});

module.exports = router;
