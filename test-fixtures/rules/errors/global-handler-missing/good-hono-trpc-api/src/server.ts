import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { trpcServer } from '@hono/trpc-server';
import { router } from './trpc';
import { auth } from './auth';

// the API is tRPC (its errors answer in tRPC's own shape); beside it a welcome text, a probe and the auth library's routes
const app = new Hono();

app.get('/', (c) => {
  console.info('welcome page');
  return c.json({ name: 'flows-api', docs: '/trpc' });
});
app.get('/healthz', (c) => c.text('ok'));
app.on(['GET', 'POST'], '/api/auth/**', (c) => auth.handler(c.req.raw));
app.use('/trpc/*', trpcServer({ router }));

serve({ fetch: app.fetch, port: 3000 });
