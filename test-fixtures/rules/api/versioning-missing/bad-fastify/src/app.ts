import Fastify from 'fastify';

const app = Fastify(); // expect: api/versioning-missing
app.register(async (r) => {
  r.get('/', async () => []);
}, { prefix: '/orders' });
await app.listen({ port: 3000 });
