import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; role: 'customer' | 'admin' };
    user: { sub: string; role: 'customer' | 'admin' };
  }
}

export default fp(async (app) => {
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET || 'supersecret' }); // expect: jwt/hardcoded-secret (weak too: one finding with both reasons)

  app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.send(err);
    }
  });
});
