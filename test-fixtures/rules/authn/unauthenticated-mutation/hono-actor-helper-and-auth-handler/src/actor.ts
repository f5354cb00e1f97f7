import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { auth } from './auth';

// sets who the caller is for every request (a guest when there is no session)
export const actorMiddleware: MiddlewareHandler = async (c, next) => {
  const session = await auth.api.getSession({ headers: c.req.raw.headers });
  c.set('actor', session ? { id: session.user.id, admin: session.user.role === 'admin', guest: false } : { guest: true, admin: false });
  await next();
};

export const actorOf = (c: Context) => {
  const actor = c.get('actor');
  if (!actor) throw new HTTPException(500, { message: 'actor middleware missing' });
  return actor;
};

// a guard factory: the caller must be signed in (and an administrator for the admin level)
export const requireLevel = (level: 'member' | 'admin'): MiddlewareHandler => async (c, next) => {
  const actor = actorOf(c);
  if (actor.guest) throw new HTTPException(401, { message: 'sign in first' });
  if (level === 'admin' && !actor.admin) throw new HTTPException(403, { message: 'administrators only' });
  await next();
};
