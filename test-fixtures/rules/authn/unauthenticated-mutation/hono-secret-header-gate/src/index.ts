import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { ApiError } from './errors';

type Bindings = { DB: D1Database; SEED_TOKEN?: string; API_TOKEN: string };

const app = new Hono<{ Bindings: Bindings }>();

async function runStatements(db: D1Database, sql: string) {
  const parts = sql.split(';').map((s) => s.trim()).filter(Boolean);
  await db.batch(parts.map((s) => db.prepare(s)));
}

const SCHEMA = 'CREATE TABLE IF NOT EXISTS screens (id TEXT PRIMARY KEY, name TEXT); CREATE TABLE IF NOT EXISTS notes (id TEXT)';

// seeding for staging: the caller must send the configured seed token, anyone else gets a 404
app.post('/internal/schema', async (c) => {
  const sent = c.req.header('x-seed-token');
  if (!c.env.SEED_TOKEN || sent !== c.env.SEED_TOKEN) {
    throw new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Not found' });
  }
  await runStatements(c.env.DB, SCHEMA);
  return c.json({ ok: true });
});

// the same gate answered 403 by hand, the write inside the matching branch
app.post('/internal/screens', async (c) => {
  const key = c.req.header('x-admin-key');
  if (key === c.env.API_TOKEN) {
    await c.env.DB.prepare('INSERT INTO screens (id, name) VALUES (?, ?)').bind(crypto.randomUUID(), 'seed').run();
    return c.json({ ok: true }, 201);
  }
  return c.json({ error: 'forbidden' }, 403);
});

// a wrong token is refused, but a request with no token at all gets through
app.post('/internal/notes', async (c) => { // expect: authn/unauthenticated-mutation
  const sent = c.req.header('x-seed-token');
  if (sent && sent !== c.env.SEED_TOKEN) {
    return c.json({ error: 'forbidden' }, 403);
  }
  await c.env.DB.prepare('INSERT INTO notes (id) VALUES (?)').bind(crypto.randomUUID()).run();
  return c.json({ ok: true }, 201);
});

// the write runs before the token is looked at
app.post('/internal/reset', async (c) => { // expect: authn/unauthenticated-mutation
  await c.env.DB.prepare('DELETE FROM notes').run();
  const sent = c.req.header('x-seed-token');
  if (sent !== c.env.SEED_TOKEN) {
    throw new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Not found' });
  }
  return c.json({ ok: true });
});

app.use('/screens/*', bearerAuth({ verifyToken: async (token, c) => token === c.env.API_TOKEN }));
app.put('/screens/:id', async (c) => {
  const body = await c.req.json<{ name: string }>();
  await c.env.DB.prepare('UPDATE screens SET name = ? WHERE id = ?').bind(body.name, c.req.param('id')).run();
  return c.json({ ok: true });
});

export default app;
