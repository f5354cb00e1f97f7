import type { FastifyPluginAsync } from 'fastify';

// autoload: false keeps the file out
export const autoload = false;

const draft: FastifyPluginAsync = async (app) => {
  app.get('/draft', async () => 'draft');
};

export default draft;
