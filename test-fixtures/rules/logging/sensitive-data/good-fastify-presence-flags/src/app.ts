import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.addHook('onRequest', async (request) => {
  request.log.info({
    url: request.url,
    authorization: request.headers.authorization ? true : null,
    hasCookie: Boolean(request.headers.cookie),
  }, 'incoming request');
});

app.get('/items', async () => []);
await app.listen({ port: 3000 });
