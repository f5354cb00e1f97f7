import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import postgres from 'postgres';

const { DATABASE_URL, ADMIN_EMAIL } = process.env;
const sql = postgres(DATABASE_URL!);

const app = new Hono(); // expect: config/env-not-validated

app.get('/notes', async (c) => c.json(await sql`SELECT id, title FROM notes`));
app.get('/contact', (c) => c.json({ email: ADMIN_EMAIL }));

serve({ fetch: app.fetch, port: 3000 });
