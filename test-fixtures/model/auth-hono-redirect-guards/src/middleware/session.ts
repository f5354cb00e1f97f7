import type { MiddlewareHandler } from 'hono';

type Viewer = { id: string; role: string };
const sessionsById = new Map<string, Viewer>();

// who the caller is, from the session cookie; null for a stranger
export const findViewer = async (c: { req: { header: (n: string) => string | undefined } }): Promise<Viewer | null> => {
  const cookieHeader = c.req.header('Cookie') || '';
  const found = cookieHeader.match(/sid=([^;]+)/);
  if (!found) {
    return null;
  }
  const viewer = sessionsById.get(found[1]);
  return viewer ?? null;
};

export const staffOnly: MiddlewareHandler = async (c, next) => {
  const cookieHeader = c.req.header('Cookie') || '';
  const found = cookieHeader.match(/sid=([^;]+)/);
  if (!found) {
    const wantsJson = c.req.path.startsWith('/api/') || c.req.header('Accept')?.includes('application/json');
    if (wantsJson) {
      return c.json({ error: 'Unauthorized' }, 401);
    }
    const back = encodeURIComponent(c.req.url);
    return c.redirect(`/auth/signin?back=${back}`);
  }
  const viewer = sessionsById.get(found[1]);
  if (!viewer || viewer.role !== 'staff') {
    return c.json({ error: 'Forbidden' }, 403);
  }
  c.set('staffViewer', viewer);
  return await next();
};
