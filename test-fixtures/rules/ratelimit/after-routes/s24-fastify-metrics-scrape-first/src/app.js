import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import metrics from './plugins/metrics.js';

const app = Fastify({ logger: true });

await app.register(metrics);
await app.register(rateLimit, { global: true, max: 100, timeWindow: '1 minute' });

app.get('/api/players/:id', async (request) => ({ id: request.params.id }));

await app.listen({ port: 3000 });
