import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { rotate } from './session';

const app = new Hono();
app.post('/auth/refresh', async (c) => {
  const token = getCookie(c, 'refresh');
  if (!token) return c.json({ error: 'no token' }, 401);
  return c.json({ token: await rotate(token) });
});
export default app;
