import { Hono } from 'hono';
import { sign } from 'hono/jwt';

const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();
app.post('/login', async (c) => {
  const token = await sign(
    {
      sub: 'user-1',
      exp: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 7, // expect: jwt/long-expiry
    },
    c.env.JWT_SECRET,
    'HS256',
  );
  return c.json({ token });
});
export default app;
