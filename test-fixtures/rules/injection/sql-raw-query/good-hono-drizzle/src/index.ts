import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { desc, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { Hono } from 'hono';
import postgres from 'postgres';
import { z } from 'zod';
import { ratingEvents, recipes } from './schema.js';

const db = drizzle(postgres(process.env.DATABASE_URL!));
const app = new Hono();

const SORT_COLUMNS = { rating: recipes.rating, newest: recipes.createdAt } as const;

app.get('/recipes', zValidator('query', z.object({ cuisine: z.string().max(40), sort: z.enum(['rating', 'newest']).default('rating') })), async (c) => {
  const { cuisine, sort } = c.req.valid('query');
  const rows = await db.select().from(recipes).where(eq(recipes.cuisine, cuisine)).orderBy(desc(SORT_COLUMNS[sort])).limit(50);
  return c.json(rows);
});

app.get('/recipes/search', zValidator('query', z.object({ q: z.string().min(2).max(100) })), async (c) => {
  const { q } = c.req.valid('query');
  const rows = await db.execute(sql`SELECT id, title FROM recipes WHERE to_tsvector('english', title) @@ plainto_tsquery('english', ${q}) ORDER BY ${sql.raw('rating DESC')} LIMIT 20`);
  return c.json(rows);
});

app.post('/recipes/:id/ratings', zValidator('param', z.object({ id: z.coerce.number().int().positive() })), zValidator('json', z.object({ stars: z.number().int().min(1).max(5) })), async (c) => {
  const { id } = c.req.valid('param');
  const { stars } = c.req.valid('json');
  await db.transaction(async (tx) => {
    await tx.insert(ratingEvents).values({ recipeId: id, stars });
    await tx.update(recipes).set({ rating: sql`(${recipes.rating} + ${stars}) / 2` }).where(eq(recipes.id, id));
  });
  return c.body(null, 204);
});

serve({ fetch: app.fetch, port: 3000 });
