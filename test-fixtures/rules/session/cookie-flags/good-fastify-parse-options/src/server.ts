import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { config } from './config';

const app = Fastify();
await app.register(fastifyCookie, {
  secret: config.cookieSecret,
  parseOptions: { httpOnly: true, secure: config.production, sameSite: 'lax', path: '/' },
});

app.post('/session', async (request, reply) => {
  const sessionToken = await issue(request.body as { code: string });
  reply.setCookie('session_token', sessionToken, { signed: true, maxAge: 3600 });
  return { ok: true };
});

async function issue(body: { code: string }) {
  return body.code.length > 0 ? 'opaque-' + Date.now() : '';
}

await app.listen({ port: 3000 });
