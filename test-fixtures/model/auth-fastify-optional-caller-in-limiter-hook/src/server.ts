import Fastify from 'fastify';
import { callerPlugin } from './plugins/caller';
import { limiterPlugin } from './plugins/limiter';
import { bookRoutes } from './routes/books';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing

await app.register(callerPlugin);
await app.register(limiterPlugin);
await app.register(bookRoutes, { prefix: '/v1' });
app.get('/health', async () => ({ ok: true }));

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
