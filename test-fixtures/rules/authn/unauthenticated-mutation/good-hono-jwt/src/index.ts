import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { jwt, sign } from 'hono/jwt';
import { timingSafeEqual } from 'hono/utils/buffer';
import { z } from 'zod';

const posts = new Map<number, { id: number; title: string }>();
const IdParam = z.object({ id: z.coerce.number().int().positive() });
const requireAuth = jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' });

const app = new Hono();

app.post('/api/auth/login', zValidator('json', z.object({ apiKey: z.string().min(32).max(128) })), async (c) => {
  if (!(await timingSafeEqual(c.req.valid('json').apiKey, process.env.ADMIN_API_KEY!))) return c.json({ error: 'Unauthorized' }, 401);
  const token = await sign({ sub: 'admin', exp: Math.floor(Date.now() / 1000) + 15 * 60 }, process.env.JWT_SECRET!, 'HS256');
  return c.json({ token });
});

app.get('/api/posts', (c) => c.json([...posts.values()]));

app.post('/api/posts', requireAuth, zValidator('json', z.object({ title: z.string().min(1).max(200) })), (c) => {
  const post = { id: posts.size + 1, ...c.req.valid('json') };
  posts.set(post.id, post);
  return c.json(post, 201);
});

app.delete('/api/posts/:id', requireAuth, zValidator('param', IdParam), (c) => {
  posts.delete(c.req.valid('param').id);
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
