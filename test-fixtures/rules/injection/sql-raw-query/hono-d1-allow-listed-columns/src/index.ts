import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

// only listed columns reach the SET list; every value is bound
app.patch('/profiles/:id', async (c) => {
  const body = await c.req.json();
  const editable = ['display_name', 'bio', 'city', 'website', 'phone'];
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [key, value] of Object.entries(body)) {
    const column = key.replace(/([A-Z])/g, '_$1').toLowerCase();
    if (editable.includes(column)) {
      sets.push(`${column} = ?`);
      values.push(value);
    }
  }
  if (!sets.length) return c.json({ error: 'nothing to update' }, 400);
  await c.env.DB.prepare(`UPDATE profiles SET ${sets.join(', ')} WHERE id = ?`).bind(...values, c.req.param('id')).run();
  return c.json({ ok: true });
});

// a sort column kept only when it is one of the listed ones
const listQuery = z.object({ sortBy: z.string().default('created_at'), q: z.string().max(80).optional() });
app.get('/profiles', zValidator('query', listQuery), async (c) => {
  const { sortBy } = c.req.valid('query');
  const columns = ['created_at', 'display_name', 'city'];
  const order = columns.includes(sortBy) ? `p.${sortBy}` : 'p.created_at';
  const { results } = await c.env.DB.prepare(`SELECT p.* FROM profiles p ORDER BY ${order} DESC LIMIT 50`).all();
  return c.json(results);
});

// pushed without the list test: any key becomes SQL
app.patch('/notes/:id', async (c) => {
  const body = await c.req.json();
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key !== 'id') {
      sets.push(`${key} = ?`);
      values.push(value);
    }
  }
  await c.env.DB.prepare(`UPDATE notes SET ${sets.join(', ')} WHERE id = ?`).bind(...values, c.req.param('id')).run(); // expect: injection/sql-raw-query
  return c.json({ ok: true });
});

export default app;
