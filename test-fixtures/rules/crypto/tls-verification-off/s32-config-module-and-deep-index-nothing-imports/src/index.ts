import express from 'express';
import { pool } from './config/db.config';

const app = express();
app.get('/api/assets', async (_req, res) => {
  const { rows } = await pool.query('SELECT id, tag FROM assets ORDER BY id LIMIT 100');
  res.json(rows);
});
app.listen(Number(process.env.PORT) || 3000);
