const express = require('express');
const { pool } = require('../lib/db');
const app = express(); // expect: api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.use(express.json());
app.post('/api/orders', async (req, res) => { // expect: errors/async-handler-unwrapped
  const r = await pool.query("INSERT INTO orders (item) VALUES ('" + req.body.item + "') RETURNING id"); // expect: injection/sql-raw-query, validation/unvalidated-input
  res.status(201).json(r.rows[0]);
});
module.exports = app;
