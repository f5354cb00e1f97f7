import Fastify from 'fastify';
import helmet from '@fastify/helmet'; import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import productsRoutes from './routes/products.js';
import ordersRoutes from './routes/orders.js';
import { pool } from './db/client.js';

const allowedOrigins = (process.env.CORS_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

export async function buildApp() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: true, bodyLimit: 100 * 1024 }); // expect: api/openapi-missing, observability/metrics-missing, observability/tracing-missing

  await app.register(helmet); await app.register(compress);
  await app.register(cors, {
    origin: (origin, cb) => {
      if (!origin || allowedOrigins.includes(origin)) {
        cb(null, true);
        return;
      }
      cb(new Error('Origin not allowed'), false);
    },
    credentials: true,
  });
  await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
  await app.register(authPlugin);

  app.setErrorHandler((error, request, reply) => {
    request.log.error(error);
    const status = error.statusCode ?? 500;
    reply.status(status).send({ error: status < 500 ? error.message : 'Internal Server Error' });
  });

  app.get('/health', async () => {
    await pool.query('SELECT 1');
    return { status: 'ok' };
  });

  await app.register(authRoutes, { prefix: '/api/v1/auth' });
  await app.register(productsRoutes, { prefix: '/api/v1/products' });
  await app.register(ordersRoutes, { prefix: '/api/v1/orders' });

  app.addHook('onClose', async () => {
    await pool.end();
  });

  return app;
}
