import type { Context, Next } from 'hono';

const hits = new Map<string, number>();

// a hand-written limiter: known by its 429 answer
export async function signupLimit(c: Context, next: Next) {
  const ip = c.req.header('x-forwarded-for') ?? 'local';
  const n = (hits.get(ip) ?? 0) + 1;
  hits.set(ip, n);
  if (n > 5) return c.json({ error: 'slow down' }, 429);
  await next();
}
