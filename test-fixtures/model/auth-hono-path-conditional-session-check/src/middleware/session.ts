import type { Context, Next } from 'hono';
import { ApiError } from './errors';

// Puts the signed-in user (if any) on the context.
export const loadSession = async (c: Context, next: Next) => {
  const sid = c.req.header('x-session');
  c.set('user', sid ? { id: sid } : null);
  return next();
};

// Only the v2 API asks for a session; everything else goes on as it is.
const requireSessionForV2 = (c: Context, next: Next) => {
  const user = c.get('user');
  const path = c.req.path;
  if (path.startsWith('/api/v2') && !user) {
    throw new ApiError('Sign in first', 401);
  }
  return next();
};

export default requireSessionForV2;
