import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';

// a factory: each call makes a middleware bound to the given secret
export function makeRequireSession(secret: string) {
  return createMiddleware(async (c, next) => {
    const token = c.req.header('authorization')?.slice(7);
    if (!token) return c.json({ error: 'unauthorized' }, 401);
    c.set('session', await verify(token, secret));
    await next();
  });
}

export const staffOnly = createMiddleware(async (c, next) => {
  const claims = await verify(c.req.header('x-staff-token') ?? '', process.env.STAFF_SECRET ?? '');
  if (claims.role !== 'staff') return c.json({ error: 'forbidden' }, 403);
  await next();
});

// a shared chain, spread into route definitions
export const staffChain = [staffOnly];
