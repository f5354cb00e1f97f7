import Fastify from 'fastify';
import tracing from './plugins/tracing.js';

const app = Fastify({ logger: true });
await app.register(tracing);

app.get('/invoices', async () => {
  return [];
});

await app.listen({ port: 3000, host: '0.0.0.0' });
