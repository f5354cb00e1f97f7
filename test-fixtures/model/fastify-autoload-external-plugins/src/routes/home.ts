import type { FastifyPluginAsync } from 'fastify';

const home: FastifyPluginAsync = async (fastify) => {
  fastify.get('/', async () => ({ service: 'links' }));
};

export default home;
