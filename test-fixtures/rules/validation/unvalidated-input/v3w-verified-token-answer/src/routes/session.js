import { Router } from 'express';
import pg from 'pg';
import { rotateRefresh } from '../auth/tokens.js';

const pool = new pg.Pool();
export const session = Router();

session.post('/rotate', async (req, res) => {
  try {
    const { token } = req.body;
    const presented = token || req.cookies.rt;
    if (!presented) return res.status(401).json({ error: 'no token' });
    const fresh = rotateRefresh(presented);
    if (!fresh) return res.status(401).json({ error: 'no token' });
    res.cookie('rt', fresh, { httpOnly: true, sameSite: 'strict' });
    return res.json({ refreshToken: fresh });
  } catch (e) {
    return res.status(401).json({ error: 'invalid token' });
  }
});

// the presented token is also written to the table as sent
session.post('/rotate-and-log', async (req, res) => {
  const { token } = req.body; // expect: validation/unvalidated-input
  const fresh = rotateRefresh(token);
  await pool.query('INSERT INTO rotations (old_token, new_token) VALUES ($1, $2)', [token, fresh]);
  res.cookie('rt', fresh, { httpOnly: true });
  return res.json({ ok: true });
});
