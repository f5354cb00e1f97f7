import fp from 'fastify-plugin';

export default fp(async (app) => {
  app.addHook('onResponse', async (request, reply) => {
    console.log('served', request.url, reply.statusCode); // expect: logging/console-in-server
  });
});
