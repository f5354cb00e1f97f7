import { createMiddleware } from 'hono/factory';

// reads the session when there is one; never turns a request away
export const optionalUser = () =>
  createMiddleware(async (c, next) => {
    c.set('user', c.req.header('x-user') ?? null);
    await next();
  });

export const staffOnly = (roles: string[] = []) =>
  createMiddleware(async (c, next) => {
    const user = c.get('user') as { role: string } | undefined;
    if (!user || !roles.includes(user.role)) return c.json({ error: 'forbidden' }, 403);
    await next();
  });
