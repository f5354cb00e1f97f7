import Fastify from 'fastify';

const app = Fastify({ logger: true }); // expect: observability/tracing-missing
app.get('/orders', async () => []);
await app.listen({ port: 3000 });
