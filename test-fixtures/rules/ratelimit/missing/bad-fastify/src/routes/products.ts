import type { FastifyPluginAsync } from 'fastify';

const products = [{ id: 1, name: 'Desk lamp', priceCents: 3900 }];

const productRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => products);

  app.get<{ Params: { id: number } }>('/:id', {
    schema: { params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] } },
  }, async (request, reply) => {
    return products.find((p) => p.id === request.params.id) ?? reply.code(404).send({ error: 'Not found' });
  });
};

export default productRoutes;
