import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify({ logger: true });

await app.register(cors); // expect: cors/permissive-origin[warning]

app.get('/api/boards', async () => [{ id: 1, name: 'Roadmap' }]);

await app.listen({ port: 3000 });
