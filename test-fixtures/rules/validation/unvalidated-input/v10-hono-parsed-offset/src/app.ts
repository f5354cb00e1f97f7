import { Hono } from 'hono';
import { pageOf, rawPageOf } from './pages';

const app = new Hono<{ Bindings: { DB: D1Database } }>();

app.get('/entries', async (c) => {
  const { size, start } = c.req.query();
  return pageOf(c, 'entries', size, start);
});

app.get('/entries/legacy', async (c) => {
  const { start } = c.req.query(); // expect: validation/unvalidated-input
  return rawPageOf(c, 'entries', start);
});

export default app;
