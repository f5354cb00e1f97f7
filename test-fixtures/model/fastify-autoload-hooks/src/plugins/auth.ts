import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented

    app.decorate('requireUser', async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        await request.jwtVerify();
      } catch {
        return reply.code(401).send({ error: 'Unauthorized' });
      }
    });
  },
  { name: 'auth' },
);
