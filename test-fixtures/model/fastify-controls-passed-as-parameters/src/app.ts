import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { makeWindowLimiter } from './limiter.js';
import { installRoutes } from './routes/index.js';
import { installGuard } from './guard.js';

const app = Fastify(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
await app.register(jwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented

const signInLimit = makeWindowLimiter(5, 60_000);
const perClientLimit = makeWindowLimiter(300, 60_000);

await installRoutes(app, signInLimit);
// a plugin loaded (awaited) before the guard below is added: the guard's hook still reaches its routes
await app.register(async (reports) => {
  reports.get('/reports', async () => ({ total: 0 }));
});
installGuard(app, perClientLimit);

await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
