import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { pool } from './db';

export const ordersRouter = Router();

ordersRouter.get('/', async (req, res) => {
  const token = req.headers.authorization?.slice(7) ?? '';
  const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as { sub: string };
  const { rows } = await pool.query('SELECT * FROM orders WHERE customer_id = $1', [claims.sub]);
  res.json(rows);
});
