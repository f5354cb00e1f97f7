const express = require('express');
const { pool } = require('./db');
const { importRows } = require('./services/csvImportService');

const app = express();
app.use(express.json());

app.post('/imports', async (req, res) => {
  await importRows(Array.isArray(req.body) ? req.body : []);
  res.status(202).end();
});

app.post('/moves', async (req, res) => {
  const { source, target, cents } = req.body;
  await pool.query('UPDATE wallets SET cents = cents - $1 WHERE id = $2', [cents, source]);
  await pool.query('UPDATE wallets SET cents = cents + $1 WHERE id = $2', [cents, target]);
  res.status(204).end();
});

app.listen(3000);
