import type { Context, Next } from 'hono';
import { verify } from 'hono/jwt';

export function requireUser() {
  return async (c: Context, next: Next) => {
    const header = c.req.header('authorization');
    if (!header?.startsWith('Bearer ')) return c.json({ error: 'unauthorized' }, 401);
    try {
      const claims = await verify(header.slice(7), c.env.JWT_SECRET, 'HS256');
      c.set('user', claims);
    } catch {
      return c.json({ error: 'unauthorized' }, 401);
    }
    await next();
  };
}

export function requireRole(role: string) {
  return async (c: Context, next: Next) => {
    const user = c.get('user');
    if (!user || user.role !== role) return c.json({ error: 'forbidden' }, 403);
    await next();
  };
}

export function logRequest() {
  return async (c: Context, next: Next) => {
    console.info(c.req.method, c.req.path);
    await next();
  };
}
