import Fastify from 'fastify';
import { attachApi } from 'core/src/attach';

// the instance is made in this package and handed to the other one, which adds every route
async function main() {
  const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  await attachApi(app);
  await app.listen({ port: 8080 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

main();
