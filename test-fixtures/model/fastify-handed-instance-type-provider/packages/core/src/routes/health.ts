import { FastifyInstance } from 'fastify';

export default async function health(fastify: FastifyInstance) {
  fastify.get('/healthz', async () => ({ ok: true }));
}
