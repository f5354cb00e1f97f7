import express from 'express';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { z } from 'zod';

const pool = new Pool();
const sqlite = new Database('app.db');
const Ids = z.object({ ids: z.array(z.string().uuid()).max(100) });

export const router = express.Router();

// The canonical IN-list idiom: one placeholder per value, values bound separately.
router.post('/users/lookup', async (req, res) => {
  const { ids } = Ids.parse(req.body);
  const inList = ids.map((_, i) => '$' + (i + 1)).join(', ');
  const { rows } = await pool.query(`SELECT id, email FROM users WHERE id IN (${inList})`, ids);
  res.json(rows);
});

router.post('/users/lookup-local', (req, res) => {
  const { ids } = Ids.parse(req.body);
  const placeholders = ids.map(() => '?').join(',');
  res.json(sqlite.prepare(`SELECT id, email FROM users WHERE id IN (${placeholders})`).all(...ids));
});
