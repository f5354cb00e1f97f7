import Fastify from 'fastify';
import { inTransaction, withClient } from './db';
import { openTicket, saveDraft } from './tickets';

const app = Fastify();

app.post('/tickets', async (request, reply) => {
  const body = request.body as { orgId: string; title: string };
  const ticket = await inTransaction(async (c) => openTicket(c, String(body.orgId), String(body.title)));
  return reply.code(201).send(ticket);
});

// the same two writes through a helper that opens no transaction: a failed second insert leaves the first
app.post('/tickets/draft', async (request, reply) => {
  const body = request.body as { orgId: string; title: string };
  const ticket = await withClient(async (c) => saveDraft(c, String(body.orgId), String(body.title)));
  return reply.code(201).send(ticket);
});

app.listen({ port: 3000 });
