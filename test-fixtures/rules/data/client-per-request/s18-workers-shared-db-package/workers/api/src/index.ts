import { Hono } from 'hono';
import { createDb } from '@edge/db';

const app = new Hono<{ Bindings: { DATABASE_URL: string } }>();

app.get('/items', async (c) => {
  const db = createDb(c.env);
  const rows = await db.execute('select id, name from items limit 50');
  return c.json(rows);
});

export default app;
