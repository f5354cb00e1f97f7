import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/ping', (c) => c.text('pong'));
app.get('/orders', (c) => c.json([]));

serve({ fetch: app.fetch, port: 3000 });
