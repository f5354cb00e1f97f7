import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../config';

export interface AuthUser {
  id: string;
  role: 'USER' | 'ADMIN';
}

declare global {
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    res.status(401).json({ error: 'Unauthorized' });
    return;
  }

  try {
    const payload = jwt.verify(header.slice(7), config.JWT_SECRET, { algorithms: ['HS256'] });
    if (typeof payload === 'string' || !payload.sub) {
      res.status(401).json({ error: 'Unauthorized' });
      return;
    }
    req.user = { id: payload.sub, role: payload.role === 'ADMIN' ? 'ADMIN' : 'USER' };
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}
