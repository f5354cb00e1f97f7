import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { sql } from './db';

const app = new Hono();
app.get('/notes', async (c) => c.json(await sql`SELECT id, text FROM notes LIMIT 50`));
const server = serve({ fetch: app.fetch, port: 3000 });
process.on('SIGTERM', () => {
  server.close(async () => {
    await sql.end();
    process.exit(0);
  });
});
