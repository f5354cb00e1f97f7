import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!);
const app = new Hono();

app.get('/notes', async (c) => c.json(await sql`SELECT id, title FROM notes`));

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
