import express from 'express';
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// Prisma.sql called with an array: the whole string becomes raw SQL, nothing is a parameter
app.get('/products', async (req, res) => {
  const text = `SELECT id, name FROM "Product" WHERE brand = '${req.query.brand}'`;
  const rows = await prisma.$queryRaw(Prisma.sql([text])); // expect: injection/sql-raw-query
  res.json(rows);
});

app.get('/products/sorted', async (req, res) => {
  const order = Prisma.raw(String(req.query.sort)); // expect: injection/sql-raw-query
  res.json(await prisma.$queryRaw`SELECT id, name FROM "Product" ORDER BY ${order}`);
});

app.post('/products/:id/archive', async (req, res) => {
  await prisma.$executeRawUnsafe(`UPDATE "Product" SET archived = true, reason = '${req.body.reason}' WHERE id = ${req.params.id}`); // expect: injection/sql-raw-query
  res.status(204).end();
});

app.listen(3000);
