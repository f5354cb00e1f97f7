import Fastify from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import productsRoutes from './routes/products.js';
import ordersRoutes from './routes/orders.js';

export async function buildApp() {
  const app = Fastify({ logger: true }); // expect: api/openapi-missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

  await app.register(cors, { origin: '*' }); // expect: cors/permissive-origin[warning]
  // Limits are opt-in per route via `config.rateLimit`.
  await app.register(rateLimit, { global: false });
  await app.register(authPlugin);

  app.get('/health', async () => ({ status: 'ok' })); // expect: observability/health-shallow

  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(productsRoutes, { prefix: '/api/products' });
  await app.register(ordersRoutes, { prefix: '/api/orders' });

  return app;
}
