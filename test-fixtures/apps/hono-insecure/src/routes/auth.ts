import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import { db } from '../db/client.js';
import { users } from '../db/schema.js';

const authRoutes = new Hono();

authRoutes.post('/register', async (c) => {
  const { email, name, password } = await c.req.json(); // expect: validation/unvalidated-input
  const passwordHash = await bcrypt.hash(password, 12);
  const [user] = await db
    .insert(users)
    .values({ email, name, passwordHash })
    .returning({ id: users.id, email: users.email, name: users.name });
  return c.json(user, 201);
});

authRoutes.post('/login', async (c) => {
  const { email, password } = await c.req.json(); // expect: validation/unvalidated-input
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return c.json({ error: 'Invalid email or password' }, 401);
  }
  const token = await sign(
    { sub: user.id, role: user.role, exp: Math.floor(Date.now() / 1000) + 15 * 60 },
    process.env.JWT_SECRET!,
    'HS256',
  );
  return c.json({ token });
});

export default authRoutes;
