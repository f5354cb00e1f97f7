import { Hono } from 'hono';
import { setCookie, setSignedCookie } from 'hono/cookie';

type Env = { Bindings: { SESSION_SECRET: string } };
const app = new Hono<Env>();

app.post('/login', async (c) => {
  const sessionId = crypto.randomUUID();
  await setSignedCookie(c, 'session', sessionId, c.env.SESSION_SECRET, { httpOnly: true, sameSite: 'Strict', prefix: 'host' });
  setCookie(c, 'lang', 'en', { path: '/' });
  return c.json({ ok: true });
});

if (process.env.NODE_ENV !== 'production') {
  app.post('/dev/login', (c) => {
    // local development over plain HTTP
    setCookie(c, 'session', 'dev-session', { httpOnly: true, sameSite: 'Lax', path: '/' });
    return c.json({ ok: true });
  });
}

export default app;
