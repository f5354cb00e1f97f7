import { Router } from 'express';
import { query } from '../db.js';

export const reviewRoutes = Router();

reviewRoutes.get('/', async (_req, res, next) => {
  try {
    const { rows } = await query('SELECT id, stars, body FROM reviews ORDER BY id DESC LIMIT 50');
    res.json(rows);
  } catch (e) {
    next(e);
  }
});
