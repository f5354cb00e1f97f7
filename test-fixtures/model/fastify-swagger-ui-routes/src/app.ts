import Fastify, { FastifyInstance } from 'fastify';
import basicAuth from '@fastify/basic-auth';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { join } from 'node:path';

const DOCS_PATH = '/reference';

const app = Fastify({ logger: true }); // expect: api/compression-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.register(basicAuth, {
  validate: async (username: string, password: string) => {
    if (username !== 'docs' || password !== process.env.DOCS_PASSWORD) throw new Error('not allowed'); // expect: config/env-undocumented
  },
});

// the document is built from the route schemas; the UI that serves it sits under /api/v1 like the API itself
app.register(
  async (api: FastifyInstance) => {
    await api.register(swagger, { openapi: { info: { title: 'Bookings', version: '1.0.0' } } });
    // GET /api/v1/reference, /json, /yaml, /static/* and, with baseDir, the files the document refers to (/*);
    // each asks for the docs password first
    await api.register(swaggerUi, {
      routePrefix: DOCS_PATH,
      baseDir: join(__dirname, 'docs'),
      uiHooks: { onRequest: api.basicAuth },
    });
    api.get('/rooms', { schema: { querystring: { type: 'object', properties: { floor: { type: 'integer' } } } } }, async () => [
      { id: 1, name: 'Oak' },
    ]);
  },
  { prefix: '/api/v1' },
);

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
