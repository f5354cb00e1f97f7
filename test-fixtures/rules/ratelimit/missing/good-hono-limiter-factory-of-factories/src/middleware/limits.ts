import type { Context, Next } from 'hono';

interface LimitConfig {
  windowMs: number;
  max: number;
}

const hits = new Map<string, { count: number; resetAt: number }>();

export function limitRequests(config: LimitConfig) {
  return async (c: Context, next: Next) => {
    const key = c.req.header('cf-connecting-ip') ?? 'unknown';
    const now = Date.now();
    const entry = hits.get(key) ?? { count: 0, resetAt: now + config.windowMs };
    if (entry.resetAt < now) {
      entry.count = 0;
      entry.resetAt = now + config.windowMs;
    }
    entry.count++;
    hits.set(key, entry);
    if (entry.count > config.max) {
      return c.json({ error: 'too many requests' }, 429);
    }
    await next();
  };
}

// a preset: a function that makes a fresh limiter with these settings each time it is called
export function preset(base: LimitConfig) {
  return (overrides?: Partial<LimitConfig>) => limitRequests({ ...base, ...overrides });
}

export const standardLimit = preset({ windowMs: 60_000, max: 100 });
export const strictLimit = preset({ windowMs: 60_000, max: 10 });
