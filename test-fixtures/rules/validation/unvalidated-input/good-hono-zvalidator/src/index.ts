import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import { createLink, deleteLink, findLinks, setAvatar } from './store.js';

const app = new Hono();

const LinkBody = z.object({ url: z.string().url(), title: z.string().min(1).max(200), tags: z.array(z.string().max(30)).max(10).default([]) });
const IdParam = z.object({ id: z.coerce.number().int().positive() });

app.get('/health', (c) => c.json({ status: 'ok' }));

app.get('/links', zValidator('query', z.object({ tag: z.string().max(30).optional() })), async (c) => {
  const { tag } = c.req.valid('query');
  return c.json(await findLinks(tag));
});

app.post('/links', zValidator('json', LinkBody), async (c) => {
  const link = await createLink(c.req.valid('json'));
  return c.json(link, 201);
});

app.delete('/links/:id', zValidator('param', IdParam), async (c) => {
  await deleteLink(c.req.valid('param').id);
  return c.body(null, 204);
});

app.post('/profile/avatar', zValidator('form', z.object({ file: z.instanceof(File).refine((f) => f.size < 1_000_000) })), async (c) => {
  await setAvatar(c.req.valid('form').file);
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
