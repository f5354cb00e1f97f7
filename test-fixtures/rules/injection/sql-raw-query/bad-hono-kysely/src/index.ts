import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { db } from './db.js';

const app = new Hono();

app.get('/books/by-author/:author', async (c) => {
  const author = c.req.param('author');
  const { rows } = await sql.raw(`SELECT id, title, year FROM books WHERE author = '${author}'`).execute(db); // expect: injection/sql-raw-query
  return c.json(rows);
});

app.get('/books', async (c) => {
  const { order } = c.req.query();
  const rows = await db.selectFrom('books').select(['id', 'title']).orderBy(sql.raw(order + ' ASC')).execute(); // expect: injection/sql-raw-query
  return c.json(rows);
});

serve({ fetch: app.fetch, port: 3000 });
