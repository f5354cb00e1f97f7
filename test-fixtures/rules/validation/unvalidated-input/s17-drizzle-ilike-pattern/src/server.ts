import Fastify from 'fastify';
import { drizzle } from 'drizzle-orm/node-postgres';
import { asc, ilike } from 'drizzle-orm';
import { Pool } from 'pg';
import * as schema from './schema';

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }), { schema });
const app = Fastify();

// the text only becomes the bound pattern of an ILIKE filter
app.get('/coupons/search', async (request) => {
  const { q } = request.query as any;
  if (!q) return { coupons: [] };
  const coupons = await db.query.coupons.findMany({
    where: ilike(schema.coupons.title, `%${q}%`),
    limit: 20,
    orderBy: [asc(schema.coupons.title)],
  });
  return { coupons };
});

// the same text is also kept as a row of its own
app.get('/coupons/find', async (request) => {
  const { q } = request.query as any; // expect: validation/unvalidated-input
  if (!q) return { coupons: [] };
  await db.insert(schema.searchTerms).values({ term: q });
  return { coupons: await db.query.coupons.findMany({ where: ilike(schema.coupons.code, q), limit: 20 }) };
});

app.listen({ port: 3000 });
