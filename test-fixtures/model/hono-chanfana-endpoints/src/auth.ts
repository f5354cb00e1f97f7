import { createMiddleware } from 'hono/factory';
import { verifyToken } from './verify';

// Rejects every request without a valid bearer token, then hands the user id on.
export const requireUser = createMiddleware(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const user = await verifyToken(header.replace(/^Bearer /, ''));
  if (!user) return c.json({ error: 'unauthorized' }, 401);
  c.set('userId', user.id);
  await next();
});
