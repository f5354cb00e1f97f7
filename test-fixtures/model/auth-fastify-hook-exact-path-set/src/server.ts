import Fastify from 'fastify';
import { authPlugin } from './plugins/auth.js';
import { peopleRoutes } from './routes/people.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
await app.register(authPlugin);
app.get('/health', async () => ({ ok: true }));
await app.register(peopleRoutes, { prefix: '/api' });
await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
