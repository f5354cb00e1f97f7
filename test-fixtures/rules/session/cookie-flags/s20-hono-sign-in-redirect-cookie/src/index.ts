import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';

const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();

// remembers where to send the visitor once the provider's sign-in comes back: a page path, no credential
app.get('/auth/start', (c) => {
  const afterSignIn = c.req.query('next') || '/';
  setCookie(c, 'auth_redirect', afterSignIn, { path: '/', httpOnly: true, sameSite: 'Lax', maxAge: 600 });
  return c.redirect('https://accounts.example.com/authorize');
});

// a cookie named for where to return, but holding the signed token: its value decides
app.post('/auth/finish', async (c) => {
  const { email } = await c.req.json();
  const sessionToken = await sign({ sub: email, exp: Math.floor(Date.now() / 1000) + 900 }, c.env.JWT_SECRET);
  setCookie(c, 'login_return', sessionToken, { path: '/', httpOnly: true, sameSite: 'Lax' }); // expect: session/cookie-flags
  return c.json({ ok: true });
});

export default app;
