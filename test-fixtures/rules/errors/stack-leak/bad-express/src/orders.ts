import { Router } from 'express';
import { pool } from './db';

export const orders = Router();

orders.get('/', async (req, res) => {
  try {
    const { rows } = await pool.query('SELECT id, total FROM orders');
    res.json(rows);
  } catch (error) {
    res.status(500).json({ message: 'Failed to load orders', error: error.message }); // expect: errors/stack-leak[warning]
  }
});

orders.delete('/:id', (req, res) => {
  pool.query('DELETE FROM orders WHERE id = $1', [req.params.id])
    .then(() => res.status(204).end())
    .catch((err) => res.status(500).send(err)); // expect: errors/stack-leak[warning]
});
