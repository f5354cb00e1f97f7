import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { setup } from './setup.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing
await app.register(helmet);
await app.register(rateLimit, { max: 60, timeWindow: '1 minute' });
await app.register(setup);
await app.listen({ port: Number(process.env.PORT ?? 4000), host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
