module.exports = async function statsRoutes(fastify) {
  fastify.get('/api/stats', async () => {
    const stats = fastify.getService('statsRepository');
    const days = 7;
    return { newServers: await stats.countSinceDays(days) };
  });

  fastify.post('/api/login-check', async (request) => {
    const stats = fastify.getService('statsRepository');
    const windowSeconds = await fastify.getService('config').attemptWindow();
    return { failed: await stats.failedSince(String(request.body.email), windowSeconds / 60) };
  });

  fastify.get('/api/servers', async (request) => {
    const stats = fastify.getService('statsRepository');
    return stats.listSorted(request.query.sort);
  });
};
