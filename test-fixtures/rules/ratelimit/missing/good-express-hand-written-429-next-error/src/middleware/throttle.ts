import { NextFunction, Request, Response } from 'express';
import { HttpError } from './errors';

const hits = new Map<string, { n: number; until: number }>();

// a fixed-window counter per client address; over the limit the error handler answers 429
export function throttle(windowMs = 60_000, max = 100) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const key = req.ip ?? 'anon';
    const now = Date.now();
    const entry = hits.get(key);
    if (!entry || now > entry.until) {
      hits.set(key, { n: 1, until: now + windowMs });
      return next();
    }
    entry.n += 1;
    if (entry.n > max) return next(new HttpError('slow down', 429));
    next();
  };
}
