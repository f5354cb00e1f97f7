import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { openDb } from './db';

type Env = { Bindings: { DB_URL: string; JWT_SECRET: string } };
const app = new Hono<Env>();

app.use('/admin/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.post('/admin/reindex', async (c) => {
  await openDb(c.env).run('VACUUM');
  return c.json({ ok: true });
});

// a read-only query over JSON-RPC style POST: the only assignment is the lazily made client
app.post('/rpc/count', async (c) => {
  const body = await c.req.json();
  const db = openDb(c.env);
  const rows = await db.all(`select count(*) as n from items where kind = ${JSON.stringify(String(body.kind))}`);
  return c.json({ rows });
});

export default app;
