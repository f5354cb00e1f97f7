import bcrypt from 'bcrypt';
import type { NextFunction, Request, Response } from 'express';
import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { pool } from './db';

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET || JWT_SECRET.length < 32) {
  throw new Error('JWT_SECRET must be set to at least 32 characters');
}

declare global {
  namespace Express {
    interface Request {
      userId?: number;
    }
  }
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) {
    return res.status(401).json({ error: 'missing token' });
  }
  try {
    const payload = jwt.verify(token, JWT_SECRET!, { algorithms: ['HS256'] }) as jwt.JwtPayload;
    req.userId = Number(payload.sub);
    next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

export const authRouter = Router();

authRouter.post('/register', async (req, res) => {
  const { email, password } = req.body; // expect: validation/unvalidated-input
  if (!email || !password) {
    return res.status(400).json({ error: 'email and password are required' });
  }
  const hash = await bcrypt.hash(password, 12);
  const { rows } = await pool.query(
    'INSERT INTO users (email, password_hash) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id',
    [email, hash],
  );
  if (rows.length === 0) {
    return res.status(409).json({ error: 'email already registered' });
  }
  res.status(201).json({ id: rows[0].id, email });
});

authRouter.post('/login', async (req, res) => {
  const { email, password } = req.body; // expect: validation/unvalidated-input
  if (!email || !password) {
    return res.status(400).json({ error: 'email and password are required' });
  }
  const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: String(user.id) }, JWT_SECRET!, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token, expiresIn: 900 });
});
