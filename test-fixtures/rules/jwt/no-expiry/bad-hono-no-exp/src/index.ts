import { Hono } from 'hono';
import { sign } from 'hono/jwt';

const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();
app.post('/login', async (c) => {
  const token = await sign({ sub: 'user-1', role: 'user' }, c.env.JWT_SECRET, 'HS256'); // expect: jwt/no-expiry
  return c.json({ token });
});
export default app;
