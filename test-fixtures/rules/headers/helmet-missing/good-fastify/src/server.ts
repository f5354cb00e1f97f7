import Fastify from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';

const app = Fastify({ logger: true });

await app.register(helmet, { global: true });
await app.register(cors, { origin: ['https://weather.example.com'] });

app.get('/forecast/:city', {
  schema: { params: { type: 'object', required: ['city'], properties: { city: { type: 'string', maxLength: 80 } } } },
}, async (request) => {
  const { city } = request.params as { city: string };
  return { city, days: [] };
});

await app.listen({ port: 3000 });
