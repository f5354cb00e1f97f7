import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';

type Env = { LOGIN_KV: KVNamespace };
const app = new Hono<{ Bindings: Env }>();

// The state names a stored one-time entry: any other text finds nothing and is refused.
app.get('/login/callback', async (c) => {
  const state = c.req.query('state');
  if (!state) return c.json({ error: 'missing state' }, 400);
  if (getCookie(c, 'login_state') !== state) return c.json({ error: 'state mismatch' }, 400);
  const pending = await c.env.LOGIN_KV.get(`state:${state}`);
  if (!pending) return c.json({ error: 'expired' }, 400);
  await c.env.LOGIN_KV.delete(`state:${state}`);
  return c.json({ ok: true });
});

// The note's text is stored as the entry's value.
app.post('/notes/:id', async (c) => {
  const text = c.req.query('text'); // expect: validation/unvalidated-input[warning]
  await c.env.LOGIN_KV.put(`note:${c.req.param('id')}`, text ?? ''); // expect: validation/unvalidated-input[warning]
  return c.json({ ok: true });
});

export default app;
