import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autoload from '@fastify/autoload';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';

export async function buildApp() {
  const app = Fastify({ logger: true }); // expect: api/openapi-missing, errors/global-handler-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

  await app.register(helmet);
  // global: false: only routes with config.rateLimit are limited
  await app.register(rateLimit, { global: false });

  await app.register(autoload, { dir: join(import.meta.dirname, 'plugins') });

  await app.register(autoload, {
    dir: fileURLToPath(new URL('./routes', import.meta.url)),
    autoHooks: true,
    cascadeHooks: true,
    routeParams: true,
    ignorePattern: /(^users\/legacy|\.helpers\.ts$)/,
    options: { prefix: '/v1' },
  });

  return app;
}
