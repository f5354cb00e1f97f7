import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import sessionRoutes from './modules/session.routes.js';

const app = Fastify();

await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string });
app.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    reply.code(401).send({ error: 'Unauthorized' });
  }
});
await app.register(sessionRoutes, { prefix: '/session' });

await app.listen({ port: 3000 });
