import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) {
    res.status(401).json({ error: 'Unauthorized' });
    return;
  }
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }); // expect: config/env-undocumented
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}
