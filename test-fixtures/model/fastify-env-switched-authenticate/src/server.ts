import Fastify from 'fastify';
import authPlugin from './plugins/auth.js';
import adminRoutes from './routes/admin.js';
import recordRoutes from './routes/records.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
await app.register(authPlugin);

app.get('/health', async () => ({ status: 'ok' }));
await app.register(recordRoutes, { prefix: '/records' });
await app.register(adminRoutes, { prefix: '/admin' });

await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
