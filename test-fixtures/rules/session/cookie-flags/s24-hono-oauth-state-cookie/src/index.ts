import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';

const app = new Hono<{ Bindings: { JWT_SECRET: string; APP_ENV: string } }>();

// the OAuth state: a random value the callback compares with the provider's answer; it names no one
app.get('/auth/provider/login', (c) => {
  const state = crypto.randomUUID();
  setCookie(c, 'provider_auth_state', state, { path: '/', httpOnly: true, secure: c.env.APP_ENV === 'production', maxAge: 600 });
  return c.redirect(`https://login.example.com/authorize?state=${state}`);
});

app.get('/auth/provider/callback', async (c) => {
  if (c.req.query('state') !== getCookie(c, 'provider_auth_state')) return c.text('state mismatch', 400);
  const token = await sign({ sub: c.req.query('code') ?? '', exp: Math.floor(Date.now() / 1000) + 900 }, c.env.JWT_SECRET);
  // a cookie named for the state, but holding the signed session: its value decides
  setCookie(c, 'auth_state', token, { path: '/', httpOnly: true, secure: true }); // expect: session/cookie-flags
  return c.redirect('/');
});

export default app;
