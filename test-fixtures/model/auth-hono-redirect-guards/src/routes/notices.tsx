import { Hono } from 'hono';
import { editorsWithRedirect } from '../middleware/pages';

const notices: string[] = [];

export const noticeRoutes = new Hono();

noticeRoutes.use('*', editorsWithRedirect);

noticeRoutes.get('/', (c) => c.json(notices));

noticeRoutes.post('/', async (c) => {
  const body = await c.req.json(); // expect: validation/unvalidated-input
  notices.push(String(body.text));
  return c.redirect('/admin/notices');
});

noticeRoutes.post('/:id/delete', (c) => {
  notices.splice(Number(c.req.param('id')), 1);
  return c.redirect('/admin/notices');
});
