import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { Hono } from 'hono';
import postgres from 'postgres';

const db = drizzle(postgres(process.env.DATABASE_URL!));
const app = new Hono();

// GET /recipes?sort=rating&cuisine=thai
app.get('/recipes', async (c) => {
  const sort = c.req.query('sort') ?? 'created_at';
  const cuisine = c.req.query('cuisine');
  const rows = await db.execute(sql.raw(`SELECT id, title, rating FROM recipes WHERE cuisine = '${cuisine}' ORDER BY ${sort} DESC LIMIT 50`)); // expect: injection/sql-raw-query
  return c.json(rows);
});

app.post('/recipes/:id/ratings', async (c) => {
  const { stars } = await c.req.json();
  const id = c.req.param('id');
  await db.execute(sql`UPDATE recipes SET rating = (rating + ${stars}) / 2 WHERE id = ${id}`);
  await db.execute(sql.raw('INSERT INTO rating_events (recipe_id, stars) VALUES (' + id + ', ' + stars + ')')); // expect: injection/sql-raw-query
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
