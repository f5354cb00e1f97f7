import express from 'express';
import { Prisma, PrismaClient } from '@prisma/client';
import { z } from 'zod';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

const SORTS = { name: Prisma.raw('"name" ASC'), newest: Prisma.raw('"createdAt" DESC') } as const;

// $queryRawUnsafe with positional parameters: the text is constant, values are bound
app.get('/products', async (req, res) => {
  const rows = await prisma.$queryRawUnsafe('SELECT id, name FROM "Product" WHERE brand = $1 LIMIT $2', String(req.query.brand), 50);
  res.json(rows);
});

// Prisma.sql used as a tag: every hole is a parameter
app.get('/products/search', async (req, res) => {
  const q = z.string().max(80).parse(req.query.q);
  const sort = SORTS[req.query.sort === 'newest' ? 'newest' : 'name'];
  res.json(await prisma.$queryRaw(Prisma.sql`SELECT id, name FROM "Product" WHERE name ILIKE ${'%' + q + '%'} ORDER BY ${sort}`));
});

// Prisma.sql with the strings array and values kept apart, as the tag would pass them
app.get('/products/by-brand', async (req, res) => {
  res.json(await prisma.$queryRaw(Prisma.sql(['SELECT id, name FROM "Product" WHERE brand = ', ''], String(req.query.brand))));
});

app.post('/products/:id/archive', async (req, res) => {
  const { reason } = z.object({ reason: z.string().max(200) }).parse(req.body);
  await prisma.$executeRaw`UPDATE "Product" SET archived = true, reason = ${reason} WHERE id = ${Number(req.params.id)}`;
  res.status(204).end();
});

app.listen(3000);
