import Fastify from 'fastify';
import Autoload from '@fastify/autoload';
import path from 'path';

const app = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.get('/health', async () => ({ ok: true }));

app.register(Autoload, { dir: path.join(__dirname, 'modules'), options: { prefix: '/api/v1' } });

app.listen({ port: Number(process.env.PORT ?? 3000) }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
