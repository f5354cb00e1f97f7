import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.addHook('onResponse', async (request) => {
  request.log.info({
    url: request.url,
    body: process.env.NODE_ENV === 'production' ? undefined : request.body,
  }, 'request completed');
});

app.post('/items', async (request) => request.body);
await app.listen({ port: 3000 });
