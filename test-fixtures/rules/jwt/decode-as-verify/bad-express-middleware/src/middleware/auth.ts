import { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.status(401).json({ error: 'missing token' });
  const payload = jwt.decode(token); // expect: jwt/decode-as-verify
  if (!payload) return res.status(401).json({ error: 'invalid token' });
  (req as any).user = payload;
  next();
}
