import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { env } from './env';

export const auth = Router();

auth.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.email }, env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token });
});
