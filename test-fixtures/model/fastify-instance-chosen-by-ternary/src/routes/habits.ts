import type { FastifyInstance } from 'fastify';

export async function habitRoutes(app: FastifyInstance) {
  app.get('/habits', async () => []);
  app.get('/habits/:id', async (request) => ({ id: (request.params as { id: string }).id }));
}
