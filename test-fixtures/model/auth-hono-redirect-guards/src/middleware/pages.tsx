import type { MiddlewareHandler } from 'hono';
import { findViewer } from './session';

// a page guard: strangers go to the sign-in page, signed-in non-editors see a refusal
export const editorsWithRedirect: MiddlewareHandler = async (c, next) => {
  const viewer = await findViewer(c);
  if (!viewer) {
    const back = encodeURIComponent(c.req.url);
    return c.redirect(`/auth/signin?back=${back}`);
  }
  if (viewer.role !== 'editor') {
    return c.html('<p>Editors only</p>', 403);
  }
  c.set('pageViewer', viewer);
  return await next();
};
