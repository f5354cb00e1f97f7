import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';

export const requireUser = createMiddleware(async (c, next) => {
  const token = c.req.header('authorization')?.replace('Bearer ', '') ?? '';
  c.set('user', await verify(token, process.env.JWT_SECRET ?? '')); // expect: config/env-undocumented
  await next();
});
