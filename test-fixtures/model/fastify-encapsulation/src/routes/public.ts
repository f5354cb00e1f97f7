import type { FastifyPluginAsync } from 'fastify';
const feedback: string[] = []; // kept in memory
const publicRoutes: FastifyPluginAsync = async (app) => {
  app.get('/status', async () => ({ status: 'ok' }));

  app.get<{ Params: { slug: string } }>(
    '/articles/:slug',
    {
      schema: {
        params: {
          type: 'object',
          required: ['slug'],
          properties: { slug: { type: 'string', pattern: '^[a-z0-9-]{1,80}$' } },
        },
      },
    },
    async (request) => ({ slug: request.params.slug, title: 'Hello' }),
  );

  app.post<{ Body: { email: string; message: string } }>( // expect: authn/unauthenticated-mutation
    '/feedback',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'message'],
          additionalProperties: false,
          properties: {
            email: { type: 'string', format: 'email' },
            message: { type: 'string', minLength: 1, maxLength: 2000 },
          },
        },
      },
    },
    async (request, reply) => { feedback.push(request.body.message); return reply.code(202).send({ received: request.body.email }); },
  );
};

export default publicRoutes;
