import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db, projects } from './db';
import { signupRouter } from './signups';

const app = new Hono();
app.route('/api/waitlist', signupRouter);
app.use('/api/projects/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.post('/api/projects/new', async (c) => {
  const { name } = await c.req.json<{ name: string }>();
  const [p] = await db.insert(projects).values({ name: String(name).slice(0, 80) }).returning();
  return c.json(p, 201);
});
serve({ fetch: app.fetch, port: 3000 });
