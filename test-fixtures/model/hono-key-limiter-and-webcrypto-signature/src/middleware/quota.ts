import { createMiddleware } from 'hono/factory';

const windows = new Map<string, { used: number; resetAt: number }>();

// partners are counted by the key they send; a call without one is refused, any key string is counted
export const partnerQuota = createMiddleware(async (c, next) => {
  const apiKey = c.req.header('x-api-key');
  if (!apiKey) return c.json({ error: 'x-api-key header required' }, 401);
  const now = Date.now();
  const w = windows.get(apiKey);
  if (!w || w.resetAt < now) {
    windows.set(apiKey, { used: 1, resetAt: now + 60_000 });
  } else if (w.used >= 120) {
    return c.json({ error: 'quota exceeded' }, 429);
  } else {
    w.used += 1;
  }
  await next();
});
