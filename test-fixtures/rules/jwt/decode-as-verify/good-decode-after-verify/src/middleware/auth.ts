import { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    (req as any).user = jwt.decode(token);
    next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

export function tokenExpiresAt(token: string) {
  const claims = jwt.decode(token) as { exp?: number } | null;
  return claims?.exp ? new Date(claims.exp * 1000) : null;
}
