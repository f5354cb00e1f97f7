import type { Context, Next } from 'hono';
import { createHash, timingSafeEqual } from 'node:crypto';

const hits = new Map<string, { count: number; resetAt: number }>();

// trusted internal callers (the renderer) carry a shared secret and skip the limit; it authenticates no user
const trustedInternal = (c: Context): boolean => {
  const secret = process.env.INTERNAL_SECRET; // expect: config/env-undocumented
  const given = c.req.header('x-internal');
  if (!secret || !given) return false;
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(secret).digest());
};

export const limiter = async (c: Context, next: Next) => {
  if (trustedInternal(c)) {
    await next();
    return;
  }
  const key = c.req.header('x-forwarded-for') ?? 'local';
  const now = Date.now();
  const entry = hits.get(key) ?? { count: 0, resetAt: now + 60_000 };
  if (now > entry.resetAt) { entry.count = 0; entry.resetAt = now + 60_000; }
  entry.count += 1;
  hits.set(key, entry);
  if (entry.count > 120) {
    return new Response(JSON.stringify({ error: 'too many requests' }), { status: 429, headers: { 'content-type': 'application/json' } });
  }
  await next();
};
