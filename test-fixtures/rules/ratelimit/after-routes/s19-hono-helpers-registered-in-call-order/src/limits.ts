import type { Context, Next } from 'hono';

const hits = new Map<string, { n: number; until: number }>();

export const tightLimiter = () => async (c: Context, next: Next) => {
  const key = c.req.header('cf-connecting-ip') ?? 'anon';
  const now = Date.now();
  const e = hits.get(key);
  if (e && e.until > now && e.n >= 20) return c.json({ error: 'slow down' }, 429);
  hits.set(key, e && e.until > now ? { n: e.n + 1, until: e.until } : { n: 1, until: now + 60_000 });
  await next();
};
