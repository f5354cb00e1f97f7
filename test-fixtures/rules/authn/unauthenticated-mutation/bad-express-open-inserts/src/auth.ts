import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export function requireAgent(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.agent = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}
