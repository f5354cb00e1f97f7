import Fastify from 'fastify';
import { createEventLog, createOutbox } from './event-log.js';

const app = Fastify({ logger: true });

app.post('/orders/:id/paid', async (request, reply) => {
  const { id } = request.params as { id: string };
  const events = createEventLog(request.log);
  await events.append(id, 'paid').catch(() => {});
  const outbox = createOutbox();
  await outbox.push(id, 'paid').catch(() => {}); // expect: errors/swallowed
  return reply.send({ ok: true });
});

app.listen({ port: 3000 });
