import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { queryDB } from '../db/index.js';
import { typedError } from '../errors.js';

type Env = { Bindings: { DATABASE_URL: string; JWT_SECRET: string } };
const app = new Hono<Env>();

app.use('/me/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

// the visitor's acceptance of the terms: read back for the page, nothing stored
app.post('/terms/check', async (c) => {
  const { version } = await c.req.json();
  if (typeof version !== 'string') throw typedError('bad_input', 'version must be a string', { version });
  const rows = await queryDB('SELECT accepted_at FROM terms WHERE version = $1', [version], c.env);
  return c.json({ known: rows.rows.length > 0 });
});

// anyone may wipe the board
app.post('/board/clear', async (c) => { // expect: authn/unauthenticated-mutation
  await queryDB('DELETE FROM board', [], c.env);
  return c.json({ ok: true });
});

app.post('/me/status', async (c) => {
  const { text } = await c.req.json();
  await queryDB('UPDATE profiles SET status = $1 WHERE id = $2', [text, c.get('jwtPayload').sub], c.env);
  return c.json({ ok: true });
});

export default app;
