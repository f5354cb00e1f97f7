import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { buildPartyRoutes } from './routes/parties.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string }); // expect: config/env-undocumented
await app.register(buildPartyRoutes());
await app.listen({ port: 3000 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
