import { createMiddleware } from 'hono/factory';
import { verifyAccessToken } from '../utils/tokens';

// Reads the caller's token when one is sent and remembers who it is; a caller without one goes on as a guest.
const readToken = createMiddleware<{ Variables: { uid?: string } }>(async (c, next) => {
  const header = c.req.header('Authorization');
  const token = header?.startsWith('Bearer ') ? header.substring(7) : c.req.query('token');
  if (token) {
    const payload = await verifyAccessToken(token);
    if (payload) c.set('uid', payload.uid);
  }
  await next();
});

export default readToken;
