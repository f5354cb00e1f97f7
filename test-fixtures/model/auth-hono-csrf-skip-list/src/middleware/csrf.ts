import type { Context, Next } from 'hono';

type Env = { Bindings: { TOKENS: KVNamespace } };

// Ties an X-CSRF-Token to the session cookie for state-changing requests; reads pass, and a few public forms are exempt.
export const requireCsrf = async (c: Context<Env>, next: Next) => {
  const method = c.req.method;
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
    await next();
    return;
  }

  const path = c.req.path;
  if (path.includes('/auth/login') || path.includes('/apply/submit') || path.includes('/hooks/')) {
    await next();
    return;
  }

  const sessionId = c.req.header('Cookie')?.match(/sid=([^;]+)/)?.[1];
  if (!sessionId) {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  const sent = c.req.header('X-CSRF-Token');
  const stored = await c.env.TOKENS.get(`csrf:${sessionId}`);
  if (!sent || sent !== stored) {
    return c.json({ error: 'Invalid CSRF token' }, 403);
  }
  await next();
};
