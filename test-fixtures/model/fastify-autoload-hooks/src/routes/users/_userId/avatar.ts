import fp from 'fastify-plugin';

// fastify-plugin wrapped: no prefix of its own; it runs in the plugin autoload creates for this
// folder's hooks, which 6.4 and later register with the folder's common prefix
export default fp(async (app) => {
  app.put('/avatar', async (_request, reply) => reply.code(204).send());
});
