import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  if (!token) return res.status(401).json({ error: 'sign in' });
  (req as any).user = jwt.verify(token, process.env.JWT_SECRET as string); // expect: config/env-undocumented
  next();
}
