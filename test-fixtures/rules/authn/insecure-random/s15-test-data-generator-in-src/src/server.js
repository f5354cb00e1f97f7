import Fastify from 'fastify';
import { issueSession } from './utils/sessions.js';

const app = Fastify({ logger: true });

app.post('/sessions', async (request, reply) => {
  const session = issueSession(String(request.body?.userId ?? ''));
  return reply.code(201).send(session);
});

app.listen({ port: 3000 });
