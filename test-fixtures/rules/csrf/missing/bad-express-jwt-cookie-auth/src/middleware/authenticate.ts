import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies.jwt;
  if (!token) return res.status(401).json({ error: 'unauthenticated' });
  try {
    (req as any).user = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] });
    next();
  } catch {
    return res.status(401).json({ error: 'unauthenticated' });
  }
}
