import type { Context, Next } from 'hono';
import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.JWT_SECRET ?? ''); // expect: config/env-undocumented

export async function requireUser(c: Context, next: Next) {
  const token = c.req.header('authorization')?.replace('Bearer ', '');
  if (!token) return c.json({ error: 'Unauthorized' }, 401);
  try {
    const { payload } = await jwtVerify(token, key);
    c.set('userId', payload.sub);
  } catch {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
}
