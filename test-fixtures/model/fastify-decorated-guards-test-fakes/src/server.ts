import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import authPlugin from './plugins/auth.js';
import { noteRoutes } from './routes/notes.js';
import { adminRoutes } from './routes/admin.js';

const app = Fastify(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
await app.register(sensible);
await app.register(authPlugin);
await app.register(noteRoutes, { prefix: '/api' });
await app.register(adminRoutes, { prefix: '/api' });
app.get('/api/licence', { onRequest: [app.requireAdmin] }, async () => ({ plan: 'community' }));
await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
