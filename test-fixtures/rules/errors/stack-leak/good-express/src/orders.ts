import { Router } from 'express';
import { pool } from './db';

export const orders = Router();

orders.get('/', async (req, res) => {
  try {
    const { rows } = await pool.query('SELECT id, total FROM orders');
    res.json(rows);
  } catch (error) {
    console.error(error);
    res.status(500).json({ message: 'Failed to load orders' });
  }
});

orders.post('/', async (req, res) => {
  try {
    const total = Number(req.body.total);
    if (!Number.isFinite(total)) throw new Error('total must be a number');
    res.status(201).json(await pool.query('INSERT INTO orders (total) VALUES ($1)', [total]));
  } catch (error) {
    res.status(400).json({ error: error.message });
  }
});
