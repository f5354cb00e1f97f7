import { Router } from 'express';
import bcrypt from 'bcryptjs';
import { Pool } from 'pg';
import { kioskPasswordHash, newToken } from '../lib/security';

const pool = new Pool();
export const auth = Router();

auth.post('/register', async (req, res) => {
  const hash = await bcrypt.hash(String(req.body.password), 12);
  await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [req.body.email, hash]);
  res.status(201).json({ token: newToken() });
});

auth.post('/kiosk-password', async (req, res) => {
  await pool.query('UPDATE kiosks SET password_hash = $1 WHERE id = $2', [kioskPasswordHash(String(req.body.password)), req.body.id]);
  res.sendStatus(204);
});
