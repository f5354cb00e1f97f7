import path from 'node:path';
import fastifyAutoload from '@fastify/autoload';
import type { FastifyInstance, FastifyPluginOptions } from 'fastify';

// fastify-cli runs dist/app.js (built from this file): its default export is the application.
export default async function serviceApp(fastify: FastifyInstance, opts: FastifyPluginOptions) { // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  // library plugins exported as they are, configured by their autoConfig export
  await fastify.register(fastifyAutoload, {
    dir: path.join(import.meta.dirname, 'plugins/external'),
    options: { ...opts },
  });

  await fastify.register(fastifyAutoload, {
    dir: path.join(import.meta.dirname, 'plugins/app'),
    options: { ...opts },
  });

  fastify.register(fastifyAutoload, {
    dir: path.join(import.meta.dirname, 'routes'),
    autoHooks: true,
    cascadeHooks: true,
    options: { ...opts },
  });
}
