import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono();
app.get('/notes', (c) => c.json([]));
const server = serve({ fetch: app.fetch, port: 3000 });
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
