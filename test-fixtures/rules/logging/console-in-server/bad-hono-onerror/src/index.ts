import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/orders', (c) => c.json([]));
app.onError((err, c) => {
  console.error(err); // expect: logging/console-in-server
  return c.json({ error: 'internal' }, 500);
});

serve({ fetch: app.fetch, port: 3000 }, (info) => {
  console.log(`listening on ${info.port}`);
});
