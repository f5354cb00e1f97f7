import type { FastifyPluginAsync } from 'fastify';

const links: FastifyPluginAsync = async (fastify) => {
  fastify.get('/', async () => []);

  fastify.post(
    '/',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        body: {
          type: 'object',
          required: ['url'],
          additionalProperties: false,
          properties: { url: { type: 'string', format: 'uri', maxLength: 2048 } },
        },
      },
    },
    async (request, reply) => reply.code(201).send(request.body),
  );
};

export default links;
