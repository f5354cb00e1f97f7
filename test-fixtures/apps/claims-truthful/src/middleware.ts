import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import type { ZodSchema } from 'zod';
import { config } from './config';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      userId?: string;
    }
  }
}

const ACCESS_TOKEN_TTL = '15m';

export function signAccessToken(userId: string): string {
  return jwt.sign({}, config.JWT_PRIVATE_KEY, {
    algorithm: 'RS256',
    expiresIn: ACCESS_TOKEN_TTL,
    subject: userId,
    issuer: config.JWT_ISSUER,
  });
}

export function requireAuth(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    res.status(401).json({ error: 'unauthorized' });
    return;
  }
  try {
    const payload = jwt.verify(header.slice('Bearer '.length), config.JWT_PUBLIC_KEY, {
      algorithms: ['RS256'],
      issuer: config.JWT_ISSUER,
    });
    if (typeof payload === 'string' || !payload.sub) {
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    req.userId = payload.sub;
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

export function validateBody(schema: ZodSchema) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const result = schema.safeParse(req.body);
    if (!result.success) {
      res.status(400).json({ error: 'invalid_body', issues: result.error.issues });
      return;
    }
    req.body = result.data;
    next();
  };
}

export function validateParams(schema: ZodSchema) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const result = schema.safeParse(req.params);
    if (!result.success) {
      res.status(400).json({ error: 'invalid_params', issues: result.error.issues });
      return;
    }
    next();
  };
}
