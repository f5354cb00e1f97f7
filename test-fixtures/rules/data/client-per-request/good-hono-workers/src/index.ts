import { Hono } from 'hono';
import { dbFor } from './db';

const app = new Hono<{ Bindings: { DATABASE_URL: string } }>();

app.get('/items', async (c) => {
  const rows = await dbFor(c.env).selectFrom('items').select(['id', 'name']).limit(50).execute();
  return c.json(rows);
});

export default app;
