import { PrismaClient } from '@prisma/client';
import type { FastifyPluginAsync } from 'fastify';

const prisma = new PrismaClient();

const shopRoutes: FastifyPluginAsync = async (app) => {
  // A quote takes a basket in the body, reads prices and changes nothing: a POST used as a query.
  app.post<{ Body: { items: { sku: string; qty: number }[] } }>('/quotes', async (request, reply) => {
    const skus = request.body.items.map((i) => i.sku);
    const products = await prisma.product.findMany({ where: { sku: { in: skus } }, select: { sku: true, price: true } });
    const total = request.body.items.reduce((sum, i) => sum + (products.find((p) => p.sku === i.sku)?.price ?? 0) * i.qty, 0);
    return reply.send({ total: Math.round(total * 100) / 100 });
  });

  // Reads first, then writes: it changes data.
  app.post<{ Body: { sku: string } }>('/reservations', async (request, reply) => { // expect: authn/unauthenticated-mutation[warning]
    const product = await prisma.product.findUnique({ where: { sku: request.body.sku } });
    if (!product) return reply.code(404).send();
    await prisma.reservation.create({ data: { productId: product.id } });
    return reply.code(201).send();
  });

  app.delete<{ Params: { sku: string } }>('/products/:sku', { onRequest: [app.authenticate] }, async (request, reply) => {
    await prisma.product.delete({ where: { sku: request.params.sku } });
    return reply.code(204).send();
  });
};

export default shopRoutes;
