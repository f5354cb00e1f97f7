import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

function corsSettings(fastify: FastifyInstance) {
  fastify.log.debug('cors: reflecting caller origins');
  return {
    origin: true,
    credentials: true,
    methods: ['GET', 'POST'],
  };
}

export default fp(async (fastify: FastifyInstance) => {
  await fastify.register(cors, corsSettings(fastify)); // expect: cors/permissive-origin
});
