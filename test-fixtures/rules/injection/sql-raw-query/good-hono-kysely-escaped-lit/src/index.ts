import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { db } from './db.js';

const app = new Hono();

// since Kysely 0.28, sql.lit doubles the quotes of a string: the value stays one literal
app.patch('/books/:id/shelf', async (c) => {
  const { shelf } = await c.req.json();
  await db.updateTable('books').set({ meta: sql`jsonb_set(meta, '{shelf}', to_jsonb(${sql.lit(String(shelf))}::text))` }).where('id', '=', Number(c.req.param('id'))).execute();
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
