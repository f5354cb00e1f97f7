import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';

const app = Fastify();
await app.register(fastifyCookie);
await app.register(fastifySession, { // expect: session/insecure-config
  secret: 'a secret with minimum length of 32 characters', // expect: session/insecure-config
  cookie: { secure: true, maxAge: 86400000 },
});
app.get('/', async (request) => ({ visits: request.session.get('visits') ?? 0 }));
await app.listen({ port: 3000 });
