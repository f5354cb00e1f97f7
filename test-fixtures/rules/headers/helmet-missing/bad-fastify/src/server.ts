import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify({ logger: true }); // expect: headers/helmet-missing[warning]

await app.register(cors, { origin: ['https://weather.example.com'] });

app.get('/forecast/:city', {
  schema: { params: { type: 'object', required: ['city'], properties: { city: { type: 'string', maxLength: 80 } } } },
}, async (request) => {
  const { city } = request.params as { city: string };
  return { city, days: [] };
});

await app.listen({ port: 3000 });
