import type { FastifyInstance } from 'fastify';
import { requireSignature } from '../middleware/signed';

export function versionRoutes(app: FastifyInstance) {
  const signed = requireSignature();
  app.post('/v1/projects/:projectId/versions', { preHandler: signed }, async (request, reply) => {
    const { projectId } = request.params as { projectId: string };
    return reply.code(202).send({ projectId, queued: true });
  });
}
