import { zValidator } from '@hono/zod-validator';
import bcrypt from 'bcryptjs';
import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import { z } from 'zod';
import { credentialsLimiter } from '../limits.js';

const users = new Map<string, { id: string; passwordHash: string }>();
const Credentials = z.object({ email: z.string().email(), password: z.string().min(12).max(128) });

export const authRoutes = new Hono();

authRoutes.post('/signup', credentialsLimiter, zValidator('json', Credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  if (users.has(email)) return c.json({ error: 'Email already registered' }, 409);
  users.set(email, { id: crypto.randomUUID(), passwordHash: await bcrypt.hash(password, 12) });
  return c.body(null, 201);
});

authRoutes.post('/login', credentialsLimiter, zValidator('json', Credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  const user = users.get(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return c.json({ error: 'Invalid credentials' }, 401);
  const token = await sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 15 * 60 }, process.env.JWT_SECRET!, 'HS256');
  return c.json({ token });
});
