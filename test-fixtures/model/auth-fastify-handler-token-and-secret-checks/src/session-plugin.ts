import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { requireSession } from './tokens';

export default fp(async (fastify: FastifyInstance) => {
  fastify.decorate('authenticate', requireSession);
});
