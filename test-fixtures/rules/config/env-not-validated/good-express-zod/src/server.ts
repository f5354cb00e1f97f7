import express from 'express';
import { Pool } from 'pg';
import { env } from './env';

const pool = new Pool({ connectionString: env.DATABASE_URL });
const app = express();

app.get('/orders', async (_req, res) => {
  const { rows } = await pool.query('SELECT id, total FROM orders LIMIT 50');
  res.json(rows);
});

app.listen(env.PORT);
