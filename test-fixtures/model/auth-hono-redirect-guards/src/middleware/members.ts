import type { MiddlewareHandler } from 'hono';

// the session library's handle is put on the context by an earlier middleware (c.set('authApi', ...))
export const requireMember: MiddlewareHandler = async (c, next) => {
  const authApi = c.get('authApi');
  const found = await authApi.api.getSession({ headers: c.req.raw.headers });
  if (!found?.user) {
    return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`);
  }
  c.set('member', found.user);
  return await next();
};
