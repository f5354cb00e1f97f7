import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { PasswordUtil } from './utils/password.util';

const app = new Hono();
const codes = new Map<string, string>();

app.post('/auth/reset', async (c) => {
  const { email, password } = await c.req.json();
  if (!PasswordUtil.isStrong(password)) return c.json({ error: 'weak password' }, 400);
  codes.set(email, PasswordUtil.generateResetCode());
  return c.json({ sent: true }, 202);
});

serve({ fetch: app.fetch, port: 3000 });
