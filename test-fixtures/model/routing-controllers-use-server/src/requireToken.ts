import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export function requireToken(req: Request, res: Response, next: NextFunction) {
  const raw = req.headers.authorization?.replace('Bearer ', '');
  if (!raw) return res.status(401).json({ error: 'unauthenticated' });
  jwt.verify(raw, process.env.JWT_SECRET ?? ''); // expect: config/env-undocumented
  next();
}
