import Fastify from 'fastify';
import cookie from '@fastify/cookie';

const app = Fastify({ logger: true });
await app.register(cookie);

// COOKIE_DOMAIN is optional: without it the cookie is host-only, a valid setting
app.post('/session', async (request, reply) => {
  reply.setCookie('sid', 'opaque', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    ...(process.env['COOKIE_DOMAIN'] && { domain: process.env['COOKIE_DOMAIN'] }),
  });
  return { ok: true };
});

app.delete('/session', async (request, reply) => {
  reply.clearCookie('sid', { path: '/', ...(process.env.COOKIE_DOMAIN ? { domain: process.env.COOKIE_DOMAIN } : {}) });
  return { ok: true };
});

await app.listen({ port: 3000, host: '0.0.0.0' });
