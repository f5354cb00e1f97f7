import Fastify from 'fastify';
import underPressure from '@fastify/under-pressure';

const app = Fastify({ logger: true });
await app.register(underPressure, { exposeStatusRoute: '/status', maxEventLoopDelay: 1000 });

app.get('/orders', async () => []);

await app.listen({ port: 3000 });
