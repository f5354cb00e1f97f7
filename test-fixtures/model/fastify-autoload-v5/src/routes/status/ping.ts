import type { FastifyPluginAsync } from 'fastify';

// 5.x ignores a falsy autoPrefix: the folder prefix stays
export const autoPrefix = '';

const ping: FastifyPluginAsync = async (app) => {
  app.get('/ping', async () => 'pong');
};

export default ping;
