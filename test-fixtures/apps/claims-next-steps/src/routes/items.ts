import { Router } from 'express';
import { pool } from '../db';
import { requireAuth } from '../auth';

export const itemsRouter = Router();

itemsRouter.use(requireAuth);

itemsRouter.get('/', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 50, 200); // a number or the default: nothing left to validate
  const { rows } = await pool.query(
    'SELECT id, sku, name, quantity FROM items WHERE owner_id = $1 ORDER BY id LIMIT $2',
    [req.userId, limit],
  );
  res.json(rows);
});

itemsRouter.get('/:id', async (req, res) => {
  const { id } = req.params;
  const { rows } = await pool.query(
    'SELECT id, sku, name, quantity FROM items WHERE id = $1 AND owner_id = $2',
    [id, req.userId],
  );
  if (rows.length === 0) {
    return res.status(404).json({ error: 'not found' });
  }
  res.json(rows[0]);
});

itemsRouter.post('/', async (req, res) => {
  const { sku, name, quantity } = req.body; // expect: validation/unvalidated-input
  if (!sku || !name) {
    return res.status(400).json({ error: 'sku and name are required' });
  }
  const { rows } = await pool.query(
    'INSERT INTO items (owner_id, sku, name, quantity) VALUES ($1, $2, $3, $4) RETURNING id, sku, name, quantity',
    [req.userId, sku, name, quantity ?? 0],
  );
  res.status(201).json(rows[0]);
});

itemsRouter.delete('/:id', async (req, res) => {
  const result = await pool.query('DELETE FROM items WHERE id = $1 AND owner_id = $2', [req.params.id, req.userId]);
  if (result.rowCount === 0) {
    return res.status(404).json({ error: 'not found' });
  }
  res.status(204).end();
});
