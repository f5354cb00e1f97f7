import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { onboardingRoutes } from './routes/onboarding.js';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

const app = Fastify({ logger: true });
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string });
app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
  try {
    await request.jwtVerify();
  } catch {
    reply.code(401).send({ error: 'Unauthorized' });
  }
});
await app.register(onboardingRoutes, { prefix: '/api' });
await app.listen({ port: 3000 });
