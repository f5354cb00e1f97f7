import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { z } from 'zod';

const notes = new Map<string, string>();

// Machine-to-machine API: every caller presents one of the issued API tokens.
const tokens = (process.env.API_TOKENS ?? '').split(',').filter(Boolean);

const api = new Hono();
api.use('*', bearerAuth({ token: tokens }));

api.get('/', (c) => c.json([...notes.entries()].map(([id, text]) => ({ id, text }))));

api.put('/:id', zValidator('param', z.object({ id: z.string().uuid() })), zValidator('json', z.object({ text: z.string().max(5000) })), (c) => {
  notes.set(c.req.valid('param').id, c.req.valid('json').text);
  return c.body(null, 204);
});

api.delete('/:id', zValidator('param', z.object({ id: z.string().uuid() })), (c) => {
  notes.delete(c.req.valid('param').id);
  return c.body(null, 204);
});

const app = new Hono();
app.get('/health', (c) => c.json({ status: 'ok' }));
app.route('/api/notes', api);

serve({ fetch: app.fetch, port: 3000 });
