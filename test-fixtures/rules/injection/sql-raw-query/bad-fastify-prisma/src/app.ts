import Fastify from 'fastify';
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.get<{ Querystring: { q: string } }>('/products', async (request) => {
  const { q } = request.query;
  return prisma.$queryRawUnsafe(`SELECT id, name, price FROM "Product" WHERE name ILIKE '%${q}%'`); // expect: injection/sql-raw-query
});

app.get<{ Querystring: { sort: string; dir: string } }>('/products/sorted', async (request) => {
  const { sort, dir } = request.query;
  const orderBy = Prisma.raw(`"${sort}" ${dir}`); // expect: injection/sql-raw-query
  return prisma.$queryRaw`SELECT id, name, price FROM "Product" ORDER BY ${orderBy}`;
});

app.delete<{ Params: { id: string } }>('/carts/:id', async (request, reply) => {
  await prisma.$executeRawUnsafe('DELETE FROM "CartItem" WHERE "cartId" = ' + request.params.id); // expect: injection/sql-raw-query
  return reply.code(204).send();
});

await app.listen({ port: 3000 });
