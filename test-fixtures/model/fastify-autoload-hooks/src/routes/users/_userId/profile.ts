import type { FastifyPluginAsync } from 'fastify';

// routeParams: the _userId folder is the :userId parameter (no index file here, so every file loads)
const user: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { userId: string } }>('/', async (request) => ({ id: request.params.userId }));
};

export default user;
