import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

const secret = process.env.JWT_SECRET as string;

// Staff pages: a valid bearer token or 401.
export function requireStaff(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  try {
    res.locals.staff = jwt.verify(header.replace(/^Bearer /, ''), secret, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

// Visitors may be signed in or not: remember who they are when they are, let everyone through.
export function identifyIfSignedIn(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    try {
      res.locals.visitor = jwt.verify(header.slice(7), secret, { algorithms: ['HS256'] });
    } catch {
      // an expired token: treated as a guest
    }
  }
  next();
}
