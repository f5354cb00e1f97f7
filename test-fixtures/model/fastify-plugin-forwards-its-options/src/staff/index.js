import fp from 'fastify-plugin';

// wrapped with fastify-plugin and registering its routes itself: they stay at the parent's prefix
export default fp(async function staffPlugin(fastify) {
  fastify.get('/staff', async () => []);
});
