const express = require('express');
const { pool } = require('./db');

const app = express();
app.get('/playlists', async (req, res, next) => {
  try {
    res.json((await pool.query('SELECT id, name FROM playlists LIMIT 50')).rows);
  } catch (err) {
    next(err);
  }
});

const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => {
  server.close(async () => {
    await pool.end();
    process.exit(0);
  });
});
