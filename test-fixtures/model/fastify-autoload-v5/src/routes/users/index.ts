import type { FastifyPluginAsync } from 'fastify';

const users: FastifyPluginAsync = async (app) => {
  app.get('/', async () => []);

  app.post(
    '/',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
    },
    async (request, reply) => reply.code(201).send(request.body),
  );
};

export default users;
