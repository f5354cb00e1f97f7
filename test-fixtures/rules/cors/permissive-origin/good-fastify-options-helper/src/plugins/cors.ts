import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

function corsSettings(fastify: FastifyInstance) {
  fastify.log.debug('cors: allow-listed origins only');
  return {
    origin: ['https://desk.example.org', 'https://admin.desk.example.org'],
    credentials: true,
    methods: ['GET', 'POST'],
  };
}

export default fp(async (fastify: FastifyInstance) => {
  await fastify.register(cors, corsSettings(fastify));
});
