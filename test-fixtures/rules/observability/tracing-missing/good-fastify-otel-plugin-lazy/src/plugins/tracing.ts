import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

export default fp(async (app: FastifyInstance) => {
  if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    app.log.info('tracing off');
    return;
  }
  const otel = (await import('@fastify/otel')).default as any;
  await app.register(otel, { serviceName: 'billing-api' });
}, { name: 'tracing' });
