import type { Hono } from 'hono';
import { guarded, traced } from './helpers';

export function adminRoutes(app: Hono) {
  app.post('/api/admin/announcements', ...guarded('admin'), async (c) => {
    const body = await c.req.json();
    await c.env.DB.prepare('insert into announcements (title) values (?)').bind(String(body.title)).run();
    return c.json({ ok: true }, 201);
  });

  app.delete('/api/admin/announcements/:id', ...guarded('admin'), async (c) => {
    await c.env.DB.prepare('delete from announcements where id = ?').bind(c.req.param('id')).run();
    return c.body(null, 204);
  });

  // only a log line on the chain: anyone may delete
  app.delete('/api/notes/:id', ...traced(), async (c) => { // expect: authn/unauthenticated-mutation[warning]
    await c.env.DB.prepare('delete from notes where id = ?').bind(c.req.param('id')).run();
    return c.body(null, 204);
  });
}
