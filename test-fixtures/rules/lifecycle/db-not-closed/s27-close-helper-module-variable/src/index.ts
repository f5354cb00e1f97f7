import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql, closeDb } from './lib/db';
import { cache } from './lib/cache';

const app = new Hono();
app.get('/items', async (c) => {
  const hit = await cache().get('items');
  if (hit) return c.json(JSON.parse(hit));
  const rows = await sql()`select id, name from items limit 50`;
  return c.json(rows);
});

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });

// closes the server and the postgres client, but leaves the redis connection open
const shutdown = async () => {
  server.close();
  await closeDb();
  process.exit(0);
};

process.on('SIGINT', shutdown); // expect: lifecycle/db-not-closed
process.on('SIGTERM', shutdown);
