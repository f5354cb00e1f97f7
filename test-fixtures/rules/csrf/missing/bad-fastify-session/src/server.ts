import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import { store, saveSettings } from './store';

const app = Fastify();
await app.register(fastifyCookie);
await app.register(fastifySession, { secret: process.env.SESSION_SECRET!, store, cookie: { maxAge: 3600000 } }); // expect: csrf/missing

app.post('/settings', async (request, reply) => {
  const userId = request.session.get('userId');
  if (!userId) return reply.code(401).send();
  await saveSettings(userId, request.body);
  return { ok: true };
});
await app.listen({ port: 3000 });
