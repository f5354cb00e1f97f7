import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.use('*', async (c, next) => {
  console.log('auth header', c.req.header('authorization')); // expect: logging/sensitive-data
  await next();
});
app.get('/me', (c) => c.json({ ok: true }));

serve({ fetch: app.fetch, port: 3000 });
