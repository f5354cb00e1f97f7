import type { FastifyInstance } from 'fastify';

export default async function status(app: FastifyInstance) {
  app.get('/status', async () => ({ up: true, at: new Date().toISOString() }));
}
