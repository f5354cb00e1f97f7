import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify({ logger: true });

await app.register(cors, { origin: 'https://boards.example.com', methods: ['GET', 'POST'] });

app.get('/api/boards', async () => [{ id: 1, name: 'Roadmap' }]);

await app.listen({ port: 3000 });
