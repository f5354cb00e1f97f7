import Fastify, { FastifyInstance } from 'fastify';

export function buildServer(): FastifyInstance {
    const server = Fastify({ logger: true }); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
    server.get('/livez', async () => ({ up: true }));
    return server;
}
