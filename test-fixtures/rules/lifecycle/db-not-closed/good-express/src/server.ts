import express from 'express';
import { closeDb, pool } from './db';

const app = express();
app.get('/items', async (req, res, next) => {
  try {
    res.json((await pool.query('SELECT id, name FROM items')).rows);
  } catch (err) {
    next(err);
  }
});
const server = app.listen(3000);
process.on('SIGTERM', () => {
  server.close(async () => {
    await closeDb();
    process.exit(0);
  });
});
