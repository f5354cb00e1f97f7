import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { harden } from './hardening.js';
import memberRoutes from './routes/members.js';

async function start() {
  const server = Fastify({ logger: true });
  await server.register(jwt, { secret: process.env.JWT_SECRET as string });
  await server.register(memberRoutes, { prefix: '/members' });
  // too late: the member routes were added before the limiter's onRoute hook existed
  await harden(server); // expect: ratelimit/after-routes
  await server.listen({ port: 8080 });
}

start();
