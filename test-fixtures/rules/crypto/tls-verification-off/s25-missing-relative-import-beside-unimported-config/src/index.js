const express = require('express');
const { pool } = require('./config/database');
const entries = require('./routes/entries');

const app = express();
app.use('/entries', entries);

app.get('/health', async (req, res) => {
  await pool.query('SELECT 1');
  res.json({ ok: true });
});

app.listen(3000);
