const fastify = require('fastify')({ logger: true }); // expect: api/compression-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

// no routePrefix: the UI and its document are served under /documentation, open to anyone
fastify.register(require('@fastify/swagger'), {
  openapi: { info: { title: 'Stock', version: '2.1.0' } },
});
fastify.register(require('@fastify/swagger-ui'));

fastify.get('/items', async () => [{ sku: 'A-1', count: 4 }]);

fastify.listen({ port: 8080 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
