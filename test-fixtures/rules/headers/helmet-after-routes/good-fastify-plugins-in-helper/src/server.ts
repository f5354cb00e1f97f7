import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { harden } from './hardening.js';
import memberRoutes from './routes/members.js';

async function start() {
  const server = Fastify({ logger: true });
  await harden(server);
  await server.register(jwt, { secret: process.env.JWT_SECRET as string });
  await server.register(memberRoutes, { prefix: '/members' });
  await server.listen({ port: 8080 });
}

start();
