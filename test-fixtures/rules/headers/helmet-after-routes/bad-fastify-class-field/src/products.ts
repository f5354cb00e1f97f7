import type { FastifyPluginAsync } from 'fastify';

const products: FastifyPluginAsync = async (app) => {
  app.get('/', async () => []);
};

export default products;
