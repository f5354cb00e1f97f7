import { zValidator } from '@hono/zod-validator';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import { z } from 'zod';
import { db } from '../db/client.js';
import { users } from '../db/schema.js';
import { env } from '../env.js';
import { credentialsLimiter } from '../middleware/security.js';

const registerSchema = z.object({
  email: z.string().email().max(254),
  name: z.string().trim().min(1).max(80),
  password: z.string().min(12).max(128),
});

const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1).max(128),
});

const authRoutes = new Hono();

authRoutes.post('/register', credentialsLimiter, zValidator('json', registerSchema), async (c) => {
  const { email, name, password } = c.req.valid('json');
  const passwordHash = await bcrypt.hash(password, 12);
  const [user] = await db
    .insert(users)
    .values({ email: email.toLowerCase(), name, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name });
  if (!user) return c.json({ error: 'Email already registered' }, 409);
  return c.json(user, 201);
});

authRoutes.post('/login', credentialsLimiter, zValidator('json', loginSchema), async (c) => {
  const { email, password } = c.req.valid('json');
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return c.json({ error: 'Invalid email or password' }, 401);
  }
  const token = await sign(
    { sub: user.id, role: user.role, exp: Math.floor(Date.now() / 1000) + 15 * 60 },
    env.JWT_SECRET,
    'HS256',
  );
  return c.json({ token });
});

export default authRoutes;
