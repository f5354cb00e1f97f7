import type { FastifyPluginAsync } from 'fastify';

// routes/admin/reports/daily.ts: nested folders give /api/admin/reports.
const daily: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get('/daily', async () => ({ signups: 3 }));

  app.post('/daily/rebuild', { config: { rateLimit: { max: 1, timeWindow: '1 hour' } } }, async (_request, reply) => reply.code(202).send());
};

export default daily;
