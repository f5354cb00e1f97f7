import Fastify from 'fastify';
import { config } from './config/index';
import { clubRoutes } from './routes/clubs';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

await app.register(clubRoutes, { prefix: `/api/${config.server.apiVersion}/clubs` });

await app.listen({ port: config.server.port, host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
