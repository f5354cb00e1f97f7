import type { FastifyPluginAsync } from 'fastify';

const users = [{ id: 1, name: 'Ada' }];

// routes/users/index.ts: prefix /api/users.
const usersRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => users);

  app.get<{ Params: { id: number } }>(
    '/:id',
    { schema: { params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } } },
    async (request) => users.find((u) => u.id === request.params.id) ?? null,
  );

  app.route<{ Params: { id: number }; Body: { name: string } }>({
    method: ['PUT', 'PATCH'],
    url: '/:id',
    onRequest: [app.authenticate],
    schema: {
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', maxLength: 80 } } },
    },
    handler: async (request) => ({ id: request.params.id, name: request.body.name }),
  });
};

export default usersRoutes;
