import { Hono } from 'hono';
import { sign } from 'hono/jwt';

export const auth = new Hono();
auth.post('/login', async (c) => {
  const { email } = await c.req.json();
  const token = await sign({ sub: email, exp: Math.floor(Date.now() / 1000) + 60 * 15 }, 'hono', 'HS256'); // expect: jwt/hardcoded-secret (with the weakness as its second reason; not reported twice)
  return c.json({ token });
});
