import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Redis from 'ioredis';
import productRoutes from './routes/products.js';

export async function buildApp() {
  const app = Fastify({ logger: true, trustProxy: true });

  await app.register(helmet);
  await app.register(rateLimit, {
    max: 100,
    timeWindow: '1 minute',
    redis: new Redis(process.env.REDIS_URL as string),
  });
  await app.register(productRoutes, { prefix: '/api/products' });

  return app;
}
