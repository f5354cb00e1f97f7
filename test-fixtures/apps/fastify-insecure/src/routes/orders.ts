import type { FastifyPluginAsync } from 'fastify';
import { inArray } from 'drizzle-orm';
import { db, pool } from '../db/client.js';
import { orderItems, orders, products } from '../db/schema.js';

interface OrderItemInput {
  productId: number;
  quantity: number;
}

async function findOrders(userId: string, status?: string) {
  const filter = status ? ` AND status = '${status}'` : '';
  const { rows } = await pool.query(`SELECT id, status, total_cents, created_at FROM orders WHERE user_id = $1${filter} ORDER BY created_at DESC`, [userId]); // expect: injection/sql-raw-query, data/unbounded-list
  return rows;
}

const ordersRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  // GET /api/orders?status=paid
  app.get<{ Querystring: { status?: string } }>('/', async (request) => {
    const { status } = request.query; // expect: validation/unvalidated-input
    return findOrders(request.user.sub, status);
  });

  app.post<{ Body: { items: OrderItemInput[] } }>('/', async (request, reply) => {
    const { items } = request.body; // expect: validation/unvalidated-input

    const order = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: products.id, priceCents: products.priceCents })
        .from(products)
        .where(inArray(products.id, items.map((i) => i.productId)));
      const prices = new Map(rows.map((p) => [p.id, p.priceCents]));

      const totalCents = items.reduce((sum, i) => sum + (prices.get(i.productId) ?? 0) * i.quantity, 0);
      const [created] = await tx.insert(orders).values({ userId: request.user.sub, totalCents }).returning();
      await tx.insert(orderItems).values(
        items.map((i) => ({
          orderId: created.id,
          productId: i.productId,
          quantity: i.quantity,
          unitPriceCents: prices.get(i.productId) ?? 0,
        })),
      );
      return created;
    });

    return reply.code(201).send(order);
  });
};

export default ordersRoutes;
