import { createMiddleware } from 'hono/factory';
import { verifyAccessToken } from '../utils/tokens';

const requireUser = createMiddleware<{ Variables: { uid?: string } }>(async (c, next) => {
  const header = c.req.header('Authorization');
  if (!header?.startsWith('Bearer ')) return c.json({ error: 'Unauthorized' }, 401);
  const payload = await verifyAccessToken(header.substring(7));
  if (!payload) return c.json({ error: 'Unauthorized' }, 401);
  c.set('uid', payload.uid);
  await next();
});

export default requireUser;
