import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { z } from 'zod';

const posts = new Map<number, { id: number; title: string }>();
const IdParam = z.object({ id: z.coerce.number().int().positive() });

const app = new Hono();

app.use('/api/admin/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));

app.get('/api/posts', (c) => c.json([...posts.values()]));

app.post('/api/admin/posts', zValidator('json', z.object({ title: z.string().min(1).max(200) })), (c) => {
  const post = { id: posts.size + 1, ...c.req.valid('json') };
  posts.set(post.id, post);
  return c.json(post, 201);
});

app.delete('/api/posts/:id', zValidator('param', IdParam), (c) => { // expect: authn/unauthenticated-mutation[warning]
  posts.delete(c.req.valid('param').id);
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
