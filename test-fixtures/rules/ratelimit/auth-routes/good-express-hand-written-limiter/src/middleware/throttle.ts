import type { NextFunction, Request, Response } from 'express';

const WINDOW_MS = 60_000;
const LIMIT = 30;
const hits = new Map<string, { count: number; since: number }>();

// Counts requests per client address; over the limit the client is sent to the "slow down" page.
export function throttle(req: Request, res: Response, next: NextFunction) {
  const key = req.ip ?? 'unknown';
  const now = Date.now();
  const entry = hits.get(key);
  if (!entry || now - entry.since > WINDOW_MS) {
    hits.set(key, { count: 1, since: now });
  } else {
    entry.count += 1;
    if (entry.count > LIMIT) {
      return res.redirect('/too-many-requests');
    }
  }
  next();
}
