import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono(); // expect: api/openapi-missing
app.get('/posts', (c) => c.json([]));
app.post('/posts', async (c) => c.json(await c.req.json(), 201));

serve({ fetch: app.fetch, port: 3000 });
