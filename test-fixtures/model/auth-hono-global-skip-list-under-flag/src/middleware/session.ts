import type { Context, Next } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { getCookie } from 'hono/cookie';
import { lookupSession } from './store';

// Builds the session verifier: a cookie or bearer token looked up in the session store, refused when unknown.
export const sessionVerifier = () => {
  return async (c: Context, next: Next) => {
    const token = getCookie(c, 'sid') ?? c.req.header('Authorization')?.slice(7);
    if (!token) {
      throw new HTTPException(401, { message: 'Authentication required' });
    }
    const found = await lookupSession(token);
    if (!found) {
      throw new HTTPException(401, { message: 'Invalid session' });
    }
    c.set('userId', found.userId);
    await next();
  };
};
