import type { Context, Next } from 'hono';

const issued = new Set<string>((process.env.DEVICE_KEYS ?? '').split(',')); // expect: config/env-undocumented

// a device key looked up among the issued ones
export async function deviceKeyAuth(c: Context, next: Next) {
  const key = c.req.header('x-api-key');
  if (!key || !issued.has(key)) return c.json({ error: 'unknown device' }, 401);
  await next();
}

// not authentication: only asks that some key is sent
export async function keyPresent(c: Context, next: Next) {
  if (!c.req.header('x-api-key')) return c.json({ error: 'key required' }, 401);
  await next();
}
