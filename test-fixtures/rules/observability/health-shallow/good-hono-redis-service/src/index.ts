import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { checkDependencies } from './health';

const app = new Hono();
app.get('/health', async (c) => {
  const deps = await checkDependencies();
  return c.json(deps, deps.redis ? 200 : 503);
});

serve({ fetch: app.fetch, port: 3000 });
