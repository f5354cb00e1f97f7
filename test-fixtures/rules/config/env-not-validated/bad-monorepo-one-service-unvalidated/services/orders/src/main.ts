import express from 'express';
import { Pool } from 'pg';
import { config } from './config';

const db = new Pool({ connectionString: config.ORDERS_DATABASE_URL });
const api = express();

api.get('/orders', async (_req, res) => {
  const { rows } = await db.query('SELECT id, total FROM orders LIMIT $1', [config.ORDERS_PAGE_SIZE]);
  res.json(rows);
});

api.listen(4001);
