import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import productRoutes from './routes/products.js';

export async function buildApp() {
  const app = Fastify({ logger: true, trustProxy: true }); // expect: ratelimit/missing[warning]

  await app.register(helmet);
  await app.register(productRoutes, { prefix: '/api/products' });

  return app;
}
