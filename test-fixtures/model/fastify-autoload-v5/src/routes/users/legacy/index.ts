import type { FastifyPluginAsync } from 'fastify';

// before 6.4 ignorePattern tests entry names (legacy), not paths: loaded
const legacy: FastifyPluginAsync = async (app) => {
  app.get('/', async () => 'legacy');
};

export default legacy;
