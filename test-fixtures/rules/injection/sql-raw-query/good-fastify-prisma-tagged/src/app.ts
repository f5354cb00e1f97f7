import Fastify from 'fastify';
import { Prisma, PrismaClient } from '@prisma/client';
import { Type, type Static } from '@sinclair/typebox';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

const SearchQuery = Type.Object({ q: Type.String({ maxLength: 100 }), categoryIds: Type.Optional(Type.Array(Type.Integer())) });
const CartParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

app.get<{ Querystring: Static<typeof SearchQuery> }>('/products', { schema: { querystring: SearchQuery } }, async (request) => {
  const { q, categoryIds } = request.query;
  const inCategories = categoryIds?.length ? Prisma.sql`AND "categoryId" IN (${Prisma.join(categoryIds)})` : Prisma.empty;
  return prisma.$queryRaw`SELECT id, name, price FROM "Product" WHERE name ILIKE ${'%' + q + '%'} ${inCategories} ORDER BY name`;
});

app.get('/products/stats', async () => {
  const groupBy = Prisma.raw('"categoryId"');
  return prisma.$queryRaw(Prisma.sql`SELECT ${groupBy}, count(*)::int AS n FROM "Product" GROUP BY ${groupBy}`);
});

app.delete<{ Params: Static<typeof CartParams> }>('/carts/:id', { schema: { params: CartParams } }, async (request, reply) => {
  await prisma.$executeRaw`DELETE FROM "CartItem" WHERE "cartId" = ${request.params.id}::uuid`;
  await prisma.cart.update({ where: { id: request.params.id }, data: { updatedAt: new Date() } });
  return reply.code(204).send();
});

app.get<{ Querystring: { email: string } }>('/customers', { schema: { querystring: Type.Object({ email: Type.String({ format: 'email' }) }) } }, async (request) => {
  return prisma.customer.findMany({ where: { email: request.query.email }, select: { id: true, name: true } });
});

await app.listen({ port: 3000 });
