import fastifyJwt from '@fastify/jwt';
import fp from 'fastify-plugin';

// Every request needs a verified token, except the exact paths listed and the badge scanner's prefix.
export const authPlugin = fp(async (app) => {
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented

  app.addHook('preHandler', async (request, reply) => {
    const open = new Set(['/health', '/api/auth/login', '/api/auth/signup']);
    const path = request.url.split('?')[0] ?? request.url;
    if (open.has(path)) {
      return;
    }
    if (request.url.startsWith('/api/badges/scan/')) {
      return;
    }
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });
});
