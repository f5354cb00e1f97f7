import Fastify from 'fastify';
import metrics from 'fastify-metrics';

const app = Fastify({ logger: true });
await app.register(metrics, { endpoint: '/metrics' });
app.get('/orders', async () => []);
await app.listen({ port: 3000 });
