import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { createSession } from './sessions';

const app = Fastify({ logger: true });
await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });

app.post('/login', async (request, reply) => {
  const { email, password } = request.body as { email: string; password: string };
  const sessionId = await createSession(email, password);
  if (!sessionId) return reply.code(401).send({ error: 'invalid credentials' });
  reply.setCookie('sid', sessionId, { path: '/', httpOnly: true, secure: true }); // expect: session/cookie-flags[note]
  return { ok: true };
});

await app.listen({ port: 3000 });
