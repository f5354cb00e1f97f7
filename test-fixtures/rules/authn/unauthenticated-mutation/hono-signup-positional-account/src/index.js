import { Hono } from 'hono';
import { jwt, sign } from 'hono/jwt';
import { withStore } from './context.js';

const app = new Hono();

app.use('*', withStore);

app.delete('/captions/:id', jwt({ secret: 'x' }), async (c) => {
  await c.get('db').deleteCaption(c.req.param('id'));
  return c.body(null, 204);
});

// self sign-up: the caller's own account from the body's address and password hash
app.post('/auth/register', async (c) => {
  const { email, passwordHash, plan = 'free' } = await c.req.json();
  const db = c.get('db');
  if (await db.findUserByEmail(email)) return c.json({ error: 'Registration failed' }, 400);
  const userId = await db.createUser(email, passwordHash, plan);
  const token = await sign({ sub: userId }, c.env.JWT_SECRET);
  return c.json({ token, userId });
});

// the same, with the role taken from the body: anyone can make an administrator
app.post('/auth/register-staff', async (c) => { // expect: authn/unauthenticated-mutation
  const { email, passwordHash, role } = await c.req.json();
  const db = c.get('db');
  const userId = await db.createUser(email, passwordHash, role);
  return c.json({ userId });
});

export default app;
