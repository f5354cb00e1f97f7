import type { FastifyInstance } from 'fastify';

export async function clubRoutes(app: FastifyInstance) {
  app.get('/', async () => ({ clubs: [] }));
  app.get('/:clubId', async (req) => ({ id: (req.params as { clubId: string }).clubId }));
}
