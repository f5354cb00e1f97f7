import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';

const app = new Hono();

app.post('/sessions', (c) => {
  const sessionId = `${Date.now()}-${Math.random()}`; // expect: authn/insecure-random
  setCookie(c, 'sid', sessionId, { httpOnly: true });
  return c.body(null, 204);
});

export default app;
