import { FastifyInstance } from 'fastify';

export default async function statusController(fastify: FastifyInstance) {
  fastify.get('/status', async () => ({ up: true }));
}
