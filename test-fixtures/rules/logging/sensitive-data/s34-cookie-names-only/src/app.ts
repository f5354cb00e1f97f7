import Fastify from 'fastify';
import cookie from '@fastify/cookie';

const app = Fastify({ logger: true });
await app.register(cookie);

// which cookies came with the request: their names, no value
app.addHook('onRequest', async (request) => {
  request.log.debug({
    url: request.url,
    cookies: request.cookies ? Object.keys(request.cookies) : [],
    headers: Object.keys(request.headers),
  }, 'session lookup');
});

// the values themselves
app.addHook('onResponse', async (request) => {
  request.log.debug({ // expect: logging/sensitive-data
    url: request.url,
    cookies: request.cookies ? Object.values(request.cookies) : [],
  }, 'session done');
});

app.get('/profile', async () => ({ ok: true }));
await app.listen({ port: 3000 });
