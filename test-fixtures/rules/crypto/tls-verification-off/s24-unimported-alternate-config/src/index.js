const express = require('express');
const { pool } = require('./config/database');
const { openRelay } = require('./config/mailer');

const app = express();

app.get('/alerts', async (req, res) => {
  const { rows } = await pool.query('SELECT id, title FROM alerts ORDER BY id DESC LIMIT 50');
  res.json(rows);
});

app.post('/alerts/test-mail', (req, res) => {
  const socket = openRelay();
  socket.end();
  res.status(202).end();
});

app.listen(3000);
