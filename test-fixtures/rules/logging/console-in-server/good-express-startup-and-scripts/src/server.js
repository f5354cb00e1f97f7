const express = require('express');
const { pool } = require('./db');

const app = express();
app.get('/orders', async (req, res) => res.json((await pool.query('SELECT id FROM orders LIMIT 20')).rows));

pool.connect().then(() => console.log('database connected'));

const server = app.listen(3000, () => console.log('listening on 3000'));

process.on('SIGTERM', () => {
  console.log('SIGTERM received, closing');
  server.close(() => pool.end());
});
