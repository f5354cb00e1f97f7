import type { FastifyPluginAsync } from 'fastify';

// routes/health.ts: no folder, so only the /api prefix.
const health: FastifyPluginAsync = async (app) => {
  app.get('/health', async () => ({ status: 'ok' }));
};

export default health;
