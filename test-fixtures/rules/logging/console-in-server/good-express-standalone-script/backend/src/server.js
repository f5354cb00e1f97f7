const express = require('express');
const pino = require('pino');
const { pool } = require('./db');

const log = pino();
const app = express();
app.get('/tasks', async (req, res) => {
  const { rows } = await pool.query('SELECT id, title FROM tasks ORDER BY id LIMIT 50');
  log.info({ count: rows.length }, 'tasks listed');
  res.json(rows);
});
app.listen(3000);
