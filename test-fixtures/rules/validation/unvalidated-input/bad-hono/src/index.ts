import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { createLink, deleteLink, findLinks, setAvatar } from './store.js';

const app = new Hono();

app.use('/links/*', bearerAuth({ token: process.env.API_TOKEN! }));

app.get('/health', (c) => c.json({ status: 'ok' }));

app.get('/links', async (c) => {
  const tag = c.req.query('tag'); // expect: validation/unvalidated-input[warning]
  return c.json(await findLinks(tag));
});

app.post('/links', async (c) => {
  const { url, title, tags } = await c.req.json(); // expect: validation/unvalidated-input[warning]
  return c.json(await createLink({ url, title, tags }), 201);
});

app.delete('/links/:id', async (c) => {
  await deleteLink(Number(c.req.param('id')));
  return c.body(null, 204);
});

app.post('/profile/avatar', async (c) => {
  const form = await c.req.parseBody(); // expect: validation/unvalidated-input[warning]
  await setAvatar(form['file'] as File);
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
