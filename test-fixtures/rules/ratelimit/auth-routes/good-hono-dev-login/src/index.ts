import { getConnInfo } from '@hono/node-server/conninfo';
import bcrypt from 'bcryptjs';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { sign } from 'hono/jwt';
import { rateLimiter } from 'hono-rate-limiter';

type Env = { Bindings: { NODE_ENV?: string; ADMIN_SECRET: string; ADMIN_HASH: string } };

const app = new Hono<Env>();
const loginLimiter = rateLimiter({ windowMs: 15 * 60 * 1000, limit: 5, keyGenerator: (c) => getConnInfo(c).remote.address ?? 'unknown' });

app.post('/admin/login', loginLimiter, async (c) => {
  const { password } = await c.req.json();
  if (!(await bcrypt.compare(String(password), c.env.ADMIN_HASH))) throw new HTTPException(401);
  return c.json({ token: await sign({ role: 'admin' }, c.env.ADMIN_SECRET, 'HS256') });
});

// a development shortcut: a 404 everywhere but a development run, so there is nothing to brute-force in a deployment
app.post('/admin/dev-login', async (c) => {
  if (c.env.NODE_ENV !== 'development') throw new HTTPException(404);
  const { password } = await c.req.json();
  if (password !== 'dev') throw new HTTPException(401);
  return c.json({ token: await sign({ role: 'admin' }, c.env.ADMIN_SECRET, 'HS256') });
});

export default app;
