import Fastify, { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';

// the document is the committed file: static mode, so it can drift
const app = Fastify();
await app.register(swagger, { mode: 'static', specification: { path: './openapi.json', baseDir: '.' } });

async function items(f: FastifyInstance) {
  f.get('/items', async () => []);
  f.get('/items/:id', async (req) => ({ id: (req.params as { id: string }).id }));
  f.put('/items/:id', async (req) => req.body); // expect: api/openapi-drift
}

await app.register(items, { prefix: '/v1' });
app.listen({ port: 3000 });
