import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { bodyLimit } from 'hono/body-limit';

const app = new Hono();

app.post('/files', bodyLimit({ maxSize: 500 * 1024 * 1024 }), async (c) => { // expect: api/body-limit
  const form = await c.req.parseBody();
  return c.json({ received: Object.keys(form).length }, 201);
});

serve({ fetch: app.fetch, port: 3000 });
