import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db, users } from './db';

const app = new Hono();

app.post('/users', async (c) => {
  const body = await c.req.json();
  await db.insert(users).values({ email: body.email, password: body.password }); // expect: authn/weak-password-hash
  return c.body(null, 201);
});

app.post('/login', async (c) => {
  const body = await c.req.json();
  const [user] = await db.select().from(users).where(eq(users.email, body.email));
  if (!user || user.password !== body.password) return c.json({ error: 'invalid' }, 401); // expect: authn/weak-password-hash
  return c.json({ id: user.id });
});

export default app;
