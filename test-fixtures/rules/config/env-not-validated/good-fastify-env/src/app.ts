import Fastify from 'fastify';
import fastifyEnv from '@fastify/env';

const app = Fastify({ logger: true });

await app.register(fastifyEnv, {
  dotenv: true,
  schema: {
    type: 'object',
    required: ['REDIS_URL'],
    properties: { REDIS_URL: { type: 'string' } },
  },
});

app.get('/ready', async () => ({ redis: process.env.REDIS_URL ? 'configured' : 'missing' }));

await app.listen({ port: 3000 });
