import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autoload from '@fastify/autoload';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function buildApp() {
  const app = Fastify({ logger: true }); // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

  await app.register(helmet);
  await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });

  // fastify-plugin wrapped: decorates app.authenticate on the root instance.
  await app.register(autoload, { dir: join(here, 'plugins') });

  // Every file under routes/ becomes a plugin; folder names become prefixes under /api.
  await app.register(autoload, { dir: join(here, 'routes'), options: { prefix: '/api' } });

  return app;
}
