import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';

export default fp(async function jwtPlugin(fastify) {
  fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET }); // expect: config/env-undocumented

  fastify.decorate('authenticate', async function (request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.send(err);
    }
  });

  // sign-in and health are open; everything else needs a token
  const openPrefixes = ['/api/auth', '/health'];

  fastify.addHook('onRequest', async (request, reply) => {
    const { method, url } = request.raw;
    if (url === '/' && (method === 'GET' || method === 'HEAD')) {
      return;
    }
    if (openPrefixes.some(p => url === p || url.startsWith(p + '/'))) {
      return;
    }
    await fastify.authenticate(request, reply);
  });
});
