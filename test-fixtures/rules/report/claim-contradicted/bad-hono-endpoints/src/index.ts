import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { serve } from '@hono/node-server';

const app = new Hono();

app.use('/links/*', jwt({ secret: process.env.JWT_SECRET! }));

app.get('/links', (c) => c.json([]));
app.post('/links', (c) => c.json({ ok: true }, 201));

app.get('/public/stats', (c) => c.json({ links: 0 }));

serve({ fetch: app.fetch, port: 3000 });
