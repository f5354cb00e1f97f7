import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().basePath('/api/v1');
app.get('/orders', (c) => c.json([]));
serve({ fetch: app.fetch, port: 3000 });
