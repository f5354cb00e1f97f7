import type { Context, Next } from 'hono';
import { tooMany } from '../http/answers';

type Bucket = { hits: number; resetAt: number };

const buckets = new Map<string, Bucket>();

function take(key: string, windowMs: number): Bucket {
  const now = Date.now();
  const current = buckets.get(key);
  const next = !current || current.resetAt < now ? { hits: 1, resetAt: now + windowMs } : { ...current, hits: current.hits + 1 };
  buckets.set(key, next);
  return next;
}

export function throttle(options: { windowMs: number; max: number }) {
  return async (c: Context, next: Next) => {
    const key = c.req.header('cf-connecting-ip') ?? 'anonymous';
    const bucket = take(key, options.windowMs);
    if (bucket.hits > options.max) {
      return tooMany(c, Math.ceil((bucket.resetAt - Date.now()) / 1000));
    }
    await next();
  };
}

export const strictThrottle = () => throttle({ windowMs: 60_000, max: 10 });
