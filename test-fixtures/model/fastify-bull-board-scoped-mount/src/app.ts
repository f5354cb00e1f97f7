import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { mountQueueDashboard } from './plugins/queue-dashboard.js';

const app = Fastify({ logger: true }); // expect: api/compression-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

async function operatorOnly(request: FastifyRequest, reply: FastifyReply) {
  if (request.headers['x-operator-key'] !== process.env.OPERATOR_KEY) { // expect: config/env-undocumented
    return reply.code(401).send({ error: 'unauthorized' });
  }
}

app.get('/health', async () => ({ ok: true }));

app.register(
  async (ops) => {
    ops.addHook('onRequest', operatorOnly);
    ops.get('/status', async () => ({ queues: ['mail'] }));
    await mountQueueDashboard(ops, '/ops/jobs');
  },
  { prefix: '/ops' },
);

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
