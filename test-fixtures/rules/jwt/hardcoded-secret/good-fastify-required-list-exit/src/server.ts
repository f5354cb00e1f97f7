import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { checkEnv } from './check-env';

export async function build() {
  checkEnv();
  const app = Fastify({ logger: true });
  // never used: checkEnv() exits when TOKEN_SIGNING_SECRET is not set
  await app.register(fastifyJwt, { secret: process.env.TOKEN_SIGNING_SECRET || 'local-development-signing-secret' });
  app.get('/api/me', async (req) => req.jwtVerify());
  return app;
}

build().then((app) => app.listen({ port: 3000 }));
