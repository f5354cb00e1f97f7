import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';
import { store } from './store';

const app = Fastify();
await app.register(fastifyCookie);
await app.register(fastifySession, { secret: process.env.SESSION_SECRET!, store, cookie: { maxAge: 3600000 } });
await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });

app.post('/settings', { onRequest: app.csrfProtection }, async (request, reply) => {
  const userId = request.session.get('userId');
  if (!userId) return reply.code(401).send();
  await store.saveSettings(userId, request.body);
  return { ok: true };
});
await app.listen({ port: 3000 });
