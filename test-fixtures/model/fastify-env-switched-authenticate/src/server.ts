import Fastify from 'fastify';
import authPlugin from './plugins/auth.js';
import adminRoutes from './routes/admin.js';
import recordRoutes, { archiveRoutes } from './routes/records.js';
import teamRoutes from './routes/teams.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
await app.register(authPlugin);

app.get('/health', async () => ({ status: 'ok' }));
await app.register(recordRoutes, { prefix: '/records' });
await app.register(adminRoutes, { prefix: '/admin' });
await app.register(archiveRoutes, { prefix: '/archive' });
// one scope whose hook authenticates every plugin registered in it
await app.register(async (scope) => {
  scope.addHook('preHandler', async (request) => {
    await scope.authenticate(request);
  });
  await scope.register(teamRoutes, { prefix: '/teams' });
});

await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
