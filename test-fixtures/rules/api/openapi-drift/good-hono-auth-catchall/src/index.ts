import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { makeAuth } from './auth';

const app = new Hono();

// the auth library answers every path under /api/auth (sign-in, sign-out, session)
app.on(['POST', 'GET'], '/api/auth/*', async (c) => {
  const auth = makeAuth(process.env.AUTH_SECRET);
  return auth.handler(c.req.raw);
});

app.get('/rooms', (c) => c.json([]));
app.post('/rooms', async (c) => c.json(await c.req.json(), 201));

serve({ fetch: app.fetch, port: 3000 });
