import type { FastifyInstance } from 'fastify';

export async function routes(app: FastifyInstance) {
  app.post('/orders', async (request, reply) => {
    console.info('order received'); // expect: logging/console-in-server
    return reply.code(201).send({ ok: true });
  });
}
