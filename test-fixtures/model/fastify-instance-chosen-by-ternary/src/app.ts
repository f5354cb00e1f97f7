import Fastify, { type FastifyBaseLogger } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { habitRoutes } from './routes/habits.js';

export interface BuildOptions {
  logger?: boolean | FastifyBaseLogger;
}

export async function buildApp(options: BuildOptions = {}) {
  const common = { trustProxy: true };
  // tests pass logger: false, a custom logger, or nothing (pretty logs in dev)
  const app =
    options.logger === false
      ? Fastify({ ...common, logger: false }) // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
      : options.logger && typeof options.logger !== 'boolean'
        ? Fastify({ ...common, loggerInstance: options.logger })
        : Fastify({ ...common, logger: { level: 'info' } });

  await app.register(helmet);
  await app.register(cors, { origin: ['https://habits.example.com'] });
  await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
  await app.register(habitRoutes, { prefix: '/api/v1' });
  return app;
}
