import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';

const products = new Map<number, { id: number; name: string }>();
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Body = Type.Object({ name: Type.String({ minLength: 1, maxLength: 120 }) });

export const productAdminRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.post<{ Body: { name: string } }>('/', { schema: { body: Body } }, async (request, reply) => {
    const product = { id: products.size + 1, name: request.body.name };
    products.set(product.id, product);
    return reply.code(201).send(product);
  });
};

// Public catalogue -- and, by mistake, the delete route too.
export const productPublicRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => [...products.values()]);

  app.delete<{ Params: { id: number } }>('/:id', { schema: { params: Params } }, async (request, reply) => { // expect: authn/unauthenticated-mutation[warning]
    products.delete(request.params.id);
    return reply.code(204).send();
  });
};
