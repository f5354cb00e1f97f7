import Fastify from 'fastify';

const app = Fastify();
app.register(async (r) => {
  r.get('/orders', async () => []);
}, { prefix: '/v2' });
await app.listen({ port: 3000 });
