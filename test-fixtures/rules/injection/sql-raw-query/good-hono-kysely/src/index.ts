import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { db } from './db.js';

const app = new Hono();

app.get('/books/by-author/:author', async (c) => {
  const author = c.req.param('author');
  const { rows } = await sql<{ id: number; title: string; year: number }>`SELECT id, title, year FROM books WHERE author = ${author}`.execute(db);
  return c.json(rows);
});

app.get('/books', async (c) => {
  const order = c.req.query('order') === 'year' ? 'year' : 'title';
  const rows = await db.selectFrom('books').select(['id', 'title', 'year']).orderBy(order, 'asc').limit(100).execute();
  return c.json(rows);
});

app.get('/books/isbn/:isbn', async (c) => {
  const book = await db.selectFrom('books').selectAll().where('isbn', '=', c.req.param('isbn')).executeTakeFirst();
  return book ? c.json(book) : c.json({ error: 'Not found' }, 404);
});

serve({ fetch: app.fetch, port: 3000 });
