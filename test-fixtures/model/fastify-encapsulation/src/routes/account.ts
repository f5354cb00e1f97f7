import type { FastifyPluginAsync } from 'fastify';

const accountRoutes: FastifyPluginAsync = async (app) => {
  // Encapsulated: runs for the routes of this plugin only.
  app.addHook('onRequest', async (request) => {
    await request.jwtVerify();
  });

  app.get('/profile', async (request) => ({ user: request.user }));

  app.put<{ Body: { displayName: string } }>(
    '/profile',
    {
      schema: {
        body: {
          type: 'object',
          required: ['displayName'],
          additionalProperties: false,
          properties: { displayName: { type: 'string', minLength: 1, maxLength: 60 } },
        },
      },
    },
    async (request) => ({ displayName: request.body.displayName }),
  );
};

export default accountRoutes;
