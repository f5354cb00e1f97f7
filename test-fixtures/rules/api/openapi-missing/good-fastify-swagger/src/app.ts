import Fastify from 'fastify';
import swagger from '@fastify/swagger';

const app = Fastify({ logger: true });
await app.register(swagger, { openapi: { info: { title: 'Catalog', version: '1.0.0' } } });

app.get('/products', { schema: { response: { 200: { type: 'array' } } } }, async () => []);

app.listen({ port: 3000 });
