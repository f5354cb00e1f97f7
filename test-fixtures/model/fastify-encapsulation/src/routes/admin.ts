import type { FastifyPluginAsync } from 'fastify';

const adminRoutes: FastifyPluginAsync = async (app) => {
  app.get('/stats', async () => ({ users: 0, articles: 0 }));

  app.delete<{ Params: { id: number } }>(
    '/users/:id',
    {
      schema: {
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'integer', minimum: 1 } },
        },
      },
    },
    async (request) => ({ deleted: request.params.id }),
  );
};

export default adminRoutes;
