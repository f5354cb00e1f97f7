import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { db } from './db.js';

const app = new Hono();

// sql.lit writes the value into the SQL text instead of sending it as a parameter
app.get('/books/by-title', async (c) => {
  const title = c.req.query('title');
  const rows = await db.selectFrom('books').selectAll().where(sql`title = ${sql.lit(title)}`).execute(); // expect: injection/sql-raw-query[error]
  return c.json(rows);
});

// sql.ref quotes the name, but the client picks which column is returned (isbn, or a hidden one)
app.get('/books/column/:name', async (c) => {
  const rows = await db.selectFrom('books').select(sql.ref(c.req.param('name')).as('value')).execute(); // expect: injection/sql-raw-query[warning]
  return c.json(rows);
});

app.get('/books/raw', async (c) => {
  const { where } = await c.req.json();
  const { rows } = await sql.raw(`SELECT id, title FROM books WHERE ${where}`).execute(db); // expect: injection/sql-raw-query[error]
  return c.json(rows);
});

serve({ fetch: app.fetch, port: 3000 });
