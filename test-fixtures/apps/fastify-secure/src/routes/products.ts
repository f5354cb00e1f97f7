import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { asc, eq, ilike } from 'drizzle-orm';
import { db } from '../db/client.js';
import { products } from '../db/schema.js';

const ProductQuery = Type.Object({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

const ProductParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
});

const ProductBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    priceCents: Type.Integer({ minimum: 0 }),
    stock: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

const productsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/', { schema: { querystring: ProductQuery } }, async (request) => {
    const { q, limit, offset } = request.query;
    return db
      .select()
      .from(products)
      .where(q ? ilike(products.name, `%${q}%`) : undefined)
      .orderBy(asc(products.name))
      .limit(limit)
      .offset(offset);
  });

  app.get('/:id', { schema: { params: ProductParams } }, async (request, reply) => {
    const [product] = await db.select().from(products).where(eq(products.id, request.params.id));
    if (!product) return reply.code(404).send({ error: 'Product not found' });
    return product;
  });

  app.post('/', { onRequest: [app.authenticate], schema: { body: ProductBody } }, async (request, reply) => {
    if (request.user.role !== 'admin') return reply.code(403).send({ error: 'Forbidden' });
    const [product] = await db.insert(products).values(request.body).returning();
    return reply.code(201).send(product);
  });

  app.delete('/:id', { onRequest: [app.authenticate], schema: { params: ProductParams } }, async (request, reply) => {
    if (request.user.role !== 'admin') return reply.code(403).send({ error: 'Forbidden' });
    const deleted = await db.delete(products).where(eq(products.id, request.params.id)).returning({ id: products.id });
    return reply.code(deleted.length ? 204 : 404).send();
  });
};

export default productsRoutes;
