import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();

app.use('/api/*', cors()); // expect: cors/permissive-origin[warning]

app.get('/api/boards', (c) => c.json([{ id: 1, name: 'Roadmap' }]));

serve({ fetch: app.fetch, port: 3000 });
