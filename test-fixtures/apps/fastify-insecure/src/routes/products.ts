import type { FastifyPluginAsync } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import { db, pool } from '../db/client.js';
import { products, type NewProduct } from '../db/schema.js';

const productsRoutes: FastifyPluginAsync = async (app) => {
  // GET /api/products?q=shirt&sort=price_cents
  app.get<{ Querystring: { q?: string; sort?: string } }>('/', { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } }, async (request) => {
    const { q = '', sort = 'name' } = request.query; // expect: validation/unvalidated-input
    const result = await db.execute(sql.raw(`SELECT id, name, price_cents, stock FROM products WHERE name ILIKE '%${q}%' ORDER BY ${sort}`)); // expect: injection/sql-raw-query[error]
    return result.rows;
  });

  app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const [product] = await db.select().from(products).where(eq(products.id, Number(request.params.id)));
    if (!product) return reply.code(404).send({ error: 'Product not found' });
    return product;
  });

  app.post<{ Body: NewProduct }>('/', { onRequest: [app.authenticate] }, async (request, reply) => {
    const [product] = await db.insert(products).values(request.body).returning(); // expect: validation/unvalidated-input
    return reply.code(201).send(product);
  });

  app.delete<{ Params: { id: string } }>('/:id', async (request, reply) => { // expect: authn/unauthenticated-mutation
    const { id } = request.params; // expect: validation/unvalidated-input
    await pool.query(`DELETE FROM products WHERE id = ${id}`); // expect: injection/sql-raw-query[error]
    return reply.code(204).send();
  });
};

export default productsRoutes;
