import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

export function needsReader(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.reader = jwt.verify(String(req.headers.authorization ?? '').slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}
