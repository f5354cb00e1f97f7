import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';

const app = new Hono();
app.use('*', csrf({ origin: 'https://app.example.com' }));

const requireUser = createMiddleware(async (c, next) => {
  const sid = getCookie(c, 'session_id');
  if (!sid) return c.json({ error: 'unauthorized' }, 401);
  c.set('user', { sid });
  await next();
});

app.post('/login', async (c) => {
  setCookie(c, 'session_id', crypto.randomUUID(), { httpOnly: true, secure: true, path: '/' });
  return c.json({ ok: true });
});
app.post('/notes', requireUser, async (c) => c.json({ user: c.get('user') }));

export default app;
