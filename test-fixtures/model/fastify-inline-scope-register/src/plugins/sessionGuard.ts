import { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(async (instance: FastifyInstance) => {
  instance.addHook('onRequest', async (request, reply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'sign in first' });
    }
  });
});
