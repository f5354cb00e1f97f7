import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { db } from './db.js';

const app = new Hono();
const COLUMNS = { title: 'title', year: 'year' } as const;

// a value goes through the tag (a parameter) or sql.val
app.get('/books/by-title', async (c) => {
  const title = c.req.query('title');
  const rows = await db.selectFrom('books').selectAll().where(sql`title = ${title}`).where(sql`author = ${sql.val(c.req.query('author'))}`).execute();
  return c.json(rows);
});

// the column comes from an allow-list; sql.lit only sees constants
app.get('/books/column/:name', async (c) => {
  const column = COLUMNS[c.req.param('name') === 'year' ? 'year' : 'title'];
  const rows = await db.selectFrom('books').select(sql.ref(column).as('value')).where(sql`deleted = ${sql.lit(false)}`).execute();
  return c.json(rows);
});

serve({ fetch: app.fetch, port: 3000 });
