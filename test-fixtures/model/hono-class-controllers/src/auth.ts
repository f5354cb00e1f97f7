import { betterAuth } from 'better-auth';
import type { Context, Next } from 'hono';

export const auth = betterAuth({ emailAndPassword: { enabled: true } });

// puts the session on the context when there is one; a stranger goes on as well
export async function attachSession(c: Context, next: Next) {
  const found = await auth.api.getSession({ headers: c.req.raw.headers });
  c.set('session', found ? found.session : null);
  return next();
}

// turns a stranger away
export async function mustHaveSession(c: Context, next: Next) {
  const found = await auth.api.getSession({ headers: c.req.raw.headers });
  if (!found) return c.json({ error: 'sign in' }, 401);
  return next();
}
