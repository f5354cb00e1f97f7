// the admin API planned for a later release: not mounted yet
import { Hono } from 'hono';

const admin = new Hono<{ Bindings: { DB: D1Database } }>();
admin.delete('/notes/:id', async (c) => {
  await c.env.DB.prepare('DELETE FROM notes WHERE id = ?').bind(c.req.param('id')).run();
  return c.json({ ok: true });
});
admin.post('/reset', async (c) => {
  await c.env.DB.prepare('DELETE FROM notes').run();
  return c.json({ ok: true });
});
export default admin;
