import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export function requireToken(req: Request, res: Response, next: NextFunction) {
  try {
    (req as any).caller = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET ?? '');
    next();
  } catch {
    res.status(401).json({ error: 'unauthenticated' });
  }
}
