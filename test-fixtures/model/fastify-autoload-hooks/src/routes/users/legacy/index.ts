import type { FastifyPluginAsync } from 'fastify';

// 6.4 and later test ignorePattern on the path under dir (users/legacy/index.ts): not loaded
const legacy: FastifyPluginAsync = async (app) => {
  app.get('/', async () => 'legacy');
};

export default legacy;
