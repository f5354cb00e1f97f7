import Fastify from 'fastify';
import helmet from '@fastify/helmet';

const app = Fastify({ logger: true });

app.get('/forecast/:city', {
  schema: { params: { type: 'object', required: ['city'], properties: { city: { type: 'string', maxLength: 80 } } } },
}, async (request) => {
  const { city } = request.params as { city: string };
  return { city, days: [] };
});

// Registered after the route: its onRequest hook still applies to every route of the root scope.
await app.register(helmet);

await app.listen({ port: 3000 });
