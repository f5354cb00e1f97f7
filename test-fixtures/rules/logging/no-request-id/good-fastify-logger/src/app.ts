import Fastify from 'fastify';

const app = Fastify({ logger: true, requestIdHeader: 'x-request-id' });
app.get('/orders', async () => []);
await app.listen({ port: 3000 });
