import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { attachApi } from 'core/src/attach';

// the instance is made in this package and handed to the other one, which adds every route; the
// authentication of its member scope is handed in through the options
async function main() {
  const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented
  await attachApi(app, {
    addAuthentication: async (scope) => {
      scope.addHook('onRequest', async (request) => {
        await request.jwtVerify();
      });
    },
  });
  await app.listen({ port: 8080 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

main();
