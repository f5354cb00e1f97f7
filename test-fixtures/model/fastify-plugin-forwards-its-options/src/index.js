import Fastify from 'fastify';
import bookingsPlugin from './bookings/index.js';
import staffPlugin from './staff/index.js';

const fastify = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

await fastify.register(async function api(scope) {
  await scope.register(bookingsPlugin, { prefix: '/bookings' });
  await scope.register(staffPlugin, { prefix: '/staff-members' });
}, { prefix: '/api' });

await fastify.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
