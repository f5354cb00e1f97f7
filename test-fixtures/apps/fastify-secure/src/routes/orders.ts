import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db/client.js';
import { orderItems, orders, products } from '../db/schema.js';

const OrderQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('paid'), Type.Literal('shipped'), Type.Literal('cancelled')])),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

const CreateOrderBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          productId: Type.Integer({ minimum: 1 }),
          quantity: Type.Integer({ minimum: 1, maximum: 100 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);

const ordersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get('/', { schema: { querystring: OrderQuery } }, async (request) => {
    const { status, limit, offset } = request.query;
    return db
      .select()
      .from(orders)
      .where(and(eq(orders.userId, request.user.sub), status ? eq(orders.status, status) : undefined))
      .orderBy(desc(orders.createdAt))
      .limit(limit)
      .offset(offset);
  });

  app.get('/summary', async (request) => {
    const result = await db.execute(
      sql`SELECT status, count(*)::int AS count, coalesce(sum(total_cents), 0)::int AS total_cents FROM orders WHERE user_id = ${request.user.sub} GROUP BY status`,
    );
    return result.rows;
  });

  app.post('/', { schema: { body: CreateOrderBody } }, async (request, reply) => {
    const { items } = request.body;

    const order = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: products.id, priceCents: products.priceCents })
        .from(products)
        .where(inArray(products.id, items.map((i) => i.productId)));
      const prices = new Map(rows.map((p) => [p.id, p.priceCents]));
      if (prices.size !== new Set(items.map((i) => i.productId)).size) return null;

      const totalCents = items.reduce((sum, i) => sum + prices.get(i.productId)! * i.quantity, 0);
      const [created] = await tx.insert(orders).values({ userId: request.user.sub, totalCents }).returning();
      await tx.insert(orderItems).values(
        items.map((i) => ({
          orderId: created.id,
          productId: i.productId,
          quantity: i.quantity,
          unitPriceCents: prices.get(i.productId)!,
        })),
      );
      return created;
    });

    if (!order) return reply.code(400).send({ error: 'Unknown product in order' });
    return reply.code(201).send(order);
  });
};

export default ordersRoutes;
