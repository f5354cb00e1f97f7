import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { logger } from './logger.js';

const app = Fastify();
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string });
const lists = new Map<string, string[]>();

app.post('/lists/:name', { onRequest: [async (request) => { await request.jwtVerify(); }] }, async (request) => {
  lists.set((request.params as { name: string }).name, []);
  return { ok: true };
});

// anonymous usage events: written to the log, nothing stored
app.post('/events', async (request, reply) => {
  const body = (request.body as { event?: string; anonymousId?: string }) || {};
  logger.info('usage_event', { event: body.event, anonymousId: body.anonymousId });
  return reply.code(204).send();
});

await app.listen({ port: 3000 });
