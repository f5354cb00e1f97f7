import type { FastifyInstance } from 'fastify';

export default async function tickets(fastify: FastifyInstance) {
  fastify.get('/tickets', async () => [{ id: 7, title: 'Printer jam' }]);
}
