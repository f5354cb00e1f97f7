import type { FastifyPluginAsync } from 'fastify';

// an empty autoPrefix replaces the folder prefix from 6.0 on (5.x ignores a falsy one)
export const autoPrefix = '';

const ping: FastifyPluginAsync = async (app) => {
  app.get('/ping', async () => 'pong');
};

export default ping;
