import { Hono } from 'hono';
import postgres from 'postgres';
import { getDb } from './lib/db';

const app = new Hono<{ Bindings: { DATABASE_URL: string } }>();
const direct = postgres(process.env.DATABASE_URL!);

// the client a helper makes (postgres.js) binds each hole of its tagged template as a parameter
app.delete('/folders/:id', async (c) => {
  const sql = getDb(c);
  const id = c.req.param('id');
  const [row] = await sql`DELETE FROM folders WHERE id = ${id} RETURNING id`;
  if (!row) return c.json({ error: 'not found' }, 404);
  return c.json({ deleted: row.id });
});

app.delete('/files/:id', async (c) => {
  const id = c.req.param('id');
  const [row] = await direct`DELETE FROM files WHERE id = ${id} RETURNING id`;
  if (!row) return c.json({ error: 'not found' }, 404);
  return c.json({ deleted: row.id });
});

// the sort column is spliced into the text by the unsafe call
app.get('/folders', async (c) => {
  const sql = getDb(c);
  const sort = c.req.query('sort') || 'name'; // expect: validation/unvalidated-input
  const rows = await sql.unsafe(`SELECT id, name FROM folders ORDER BY ${sort}`);
  return c.json(rows);
});

export default app;
