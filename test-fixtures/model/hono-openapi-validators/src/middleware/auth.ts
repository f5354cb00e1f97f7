import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';

/** Verifies the bearer token and stores its payload. */
export const requireUser = createMiddleware(async (c, next) => {
  const token = c.req.header('authorization')?.replace(/^Bearer /, '');
  if (!token) return c.json({ error: 'Unauthorized' }, 401);
  c.set('jwtPayload', await verify(token, process.env.JWT_SECRET as string)); // expect: config/env-undocumented
  await next();
});
