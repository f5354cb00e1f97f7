import Fastify from 'fastify';
import authMiddleware from './middleware/auth.js';
import noteRoutes from './routes/notes.js';
const server = Fastify(); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
await server.register(authMiddleware);
server.get('/health', async () => ({ ok: true }));
await server.register(noteRoutes, { prefix: '/api/v1' });
await server.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
