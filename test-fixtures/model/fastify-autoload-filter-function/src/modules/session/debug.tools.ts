import type { FastifyInstance } from 'fastify';

// A helper plugin the filter does not load: were it loaded, it would add this route.
export default async function debugTools(app: FastifyInstance) {
  app.get('/debug/heap', async () => process.memoryUsage());
}
