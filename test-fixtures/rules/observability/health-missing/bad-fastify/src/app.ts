import Fastify from 'fastify';

const app = Fastify({ logger: true }); // expect: observability/health-missing

app.register(async (orders) => {
  orders.get('/', async () => []);
  orders.get('/:id', async (request) => ({ id: (request.params as { id: string }).id }));
}, { prefix: '/orders' });

await app.listen({ port: 3000 });
