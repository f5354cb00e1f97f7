import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';

const allowList = (process.env.CORS_ORIGINS ?? '').split(',');

const app = new Hono();

app.use('/api/*', cors({ origin: (origin) => (allowList.includes(origin) ? origin : null), credentials: true }));

app.get('/api/boards', (c) => c.json([{ id: 1, name: 'Roadmap' }]));

serve({ fetch: app.fetch, port: 3000 });
