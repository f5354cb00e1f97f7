import { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(async (instance: FastifyInstance) => {
  instance.addHook('preHandler', async (request, reply) => {
    const key = request.headers['x-ops-key'];
    if (!key || key !== process.env.OPS_KEY) {
      return reply.code(401).send({ error: 'bad key' });
    }
  });
});
