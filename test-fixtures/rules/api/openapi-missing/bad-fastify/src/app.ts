import Fastify from 'fastify';

const app = Fastify({ logger: true }); // expect: api/openapi-missing

app.get('/products', async () => []);
app.get('/products/:id', async (req) => ({ id: (req.params as { id: string }).id }));

app.listen({ port: 3000 });
