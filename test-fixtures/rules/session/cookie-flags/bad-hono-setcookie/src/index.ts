import { Hono } from 'hono';
import { setCookie, getCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';

const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();

app.post('/login', async (c) => {
  const { email } = await c.req.json();
  const token = await sign({ sub: email, exp: Math.floor(Date.now() / 1000) + 900 }, c.env.JWT_SECRET);
  setCookie(c, 'auth_token', token); // expect: session/cookie-flags
  return c.json({ ok: true });
});

app.get('/me', (c) => c.json({ token: getCookie(c, 'auth_token') ? 'present' : 'absent' }));

export default app;
