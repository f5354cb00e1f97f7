import Fastify from 'fastify';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL as string); // expect: config/env-undocumented
const app = Fastify({ logger: true });

app.get('/sessions/:id', async (request) => {
  const { id } = request.params as { id: string };
  return { session: await redis.get(`session:${id}`) };
});

await app.listen({ port: 3000 });
