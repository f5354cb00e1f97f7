import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { sessions } from './sessions';

const app = new Hono();

const requireUser = createMiddleware(async (c, next) => {
  const sid = getCookie(c, 'session_id');
  const user = sid ? await sessions.lookup(sid) : null;
  if (!user) return c.json({ error: 'unauthorized' }, 401);
  c.set('user', user);
  await next();
});

app.post('/login', async (c) => {
  const { email, password } = await c.req.json();
  const sid = await sessions.create(email, password);
  if (!sid) return c.json({ error: 'invalid' }, 401);
  setCookie(c, 'session_id', sid, { httpOnly: true, secure: true, path: '/' }); // expect: csrf/missing
  return c.json({ ok: true });
});

app.post('/notes', requireUser, async (c) => c.json(await sessions.note(c.get('user'), await c.req.json())));

export default app;
