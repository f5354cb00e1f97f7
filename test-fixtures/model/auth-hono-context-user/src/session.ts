import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';

type Ctx = { user: { id: string } | null };
const sessions = new Map<string, { id: string }>(); // session id -> user

// who is calling, if anyone: the context every route sees
export const loadContext = createMiddleware<{ Variables: { ctx: Ctx } }>(async (c, next) => {
  const sid = c.req.header('x-session');
  c.set('ctx', { user: sid ? sessions.get(sid) ?? null : null });
  await next();
});

// a signed-in caller is required
export const signedIn = createMiddleware<{ Variables: { ctx: Ctx } }>(async (c, next) => {
  if (!c.var.ctx || !c.var.ctx.user) {
    throw new HTTPException(401, { message: 'sign in first' });
  }
  await next();
});

// not authentication: it only notes whether someone is signed in
export const noteCaller = createMiddleware<{ Variables: { ctx: Ctx; known: boolean } }>(async (c, next) => {
  c.set('known', Boolean(c.var.ctx && c.var.ctx.user));
  await next();
});
