import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono();
app.get('/notes', (c) => c.json([]));
app.post('/notes', async (c) => c.json(await c.req.json(), 201));
app.get('/notes/:noteId/tags', (c) => c.json([]));
app.delete('/notes/:noteId', (c) => c.body(null, 204));

serve({ fetch: app.fetch, port: 8080 });
