import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono().basePath('/api');
app.get('/posts', (c) => c.json([]));
app.post('/posts', async (c) => c.json(await c.req.json(), 201));
app.put('/posts/:id', async (c) => c.json({ id: c.req.param('id') })); // expect: api/openapi-drift

serve({ fetch: app.fetch, port: 3000 });
