import type { FastifyInstance } from 'fastify';

export default async function adminRoutes(app: FastifyInstance) {
  app.get('/stats', { preHandler: app.requireRole('admin') }, async () => ({ ok: true }));
}
