import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { orders } from './schema.js';

const db = drizzle(new pg.Pool({ connectionString: process.env.DATABASE_URL }));

const OrderParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ListQuery = Type.Object({ status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('paid'), Type.Literal('shipped')])) });
const CreateOrder = Type.Object({ sku: Type.String({ pattern: '^[A-Z0-9-]{3,32}$' }), quantity: Type.Integer({ minimum: 1, maximum: 99 }) }, { additionalProperties: false });

const ordersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/', { schema: { querystring: ListQuery } }, async (request) => {
    const { status } = request.query;
    return status ? db.select().from(orders).where(eq(orders.status, status)) : db.select().from(orders);
  });

  app.post('/', { schema: { body: CreateOrder } }, async (request, reply) => {
    const [order] = await db.insert(orders).values({ ...request.body, status: 'pending' }).returning();
    return reply.code(201).send(order);
  });

  app.post('/:id/cancel', { schema: { params: OrderParams } }, async (request, reply) => {
    await db.update(orders).set({ status: 'cancelled' }).where(and(eq(orders.id, request.params.id), eq(orders.status, 'pending')));
    return reply.code(204).send();
  });
};

export default ordersRoutes;
