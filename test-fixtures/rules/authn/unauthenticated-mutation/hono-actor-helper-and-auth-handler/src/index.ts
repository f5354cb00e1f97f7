import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { auth } from './auth';
import { actorMiddleware, requireLevel } from './actor';
import { db, stays, notes } from './db';

const app = new Hono();
app.use('*', actorMiddleware);

const failures = new Map<string, number>();

// a lockout in front of the library's own sign-in, which checks the password
app.post('/api/auth/sign-in/email', async (c) => {
  const key = c.req.header('x-forwarded-for') ?? 'local';
  if ((failures.get(key) ?? 0) >= 5) return c.json({ error: 'locked' }, 429);
  const response = await auth.handler(c.req.raw);
  if (response.status === 401) failures.set(key, (failures.get(key) ?? 0) + 1);
  return response;
});

app.post('/api/admin/stays', requireLevel('admin'), async (c) => {
  const body = await c.req.json();
  await db.insert(stays).values({ title: String(body.title) });
  return c.json({ created: true }, 201);
});

app.delete('/api/notes/:id', async (c) => { // expect: authn/unauthenticated-mutation
  await db.delete(notes).where(notes.id.eq(c.req.param('id')));
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
