import type { FastifyInstance } from 'fastify';

const records = new Map<string, { id: string; note: string }>();

export default async function recordRoutes(app: FastifyInstance) {
  app.addHook('preHandler', app.authenticate);

  app.get('/', async () => [...records.values()]);

  app.post<{ Body: { note: string } }>('/', async (request, reply) => {
    const record = { id: crypto.randomUUID(), note: request.body.note }; // expect: validation/unvalidated-input
    records.set(record.id, record);
    return reply.code(201).send(record);
  });
}

export async function archiveRoutes(app: FastifyInstance) {
  // the guard run by hand, first thing in the handler
  app.post<{ Params: { id: string } }>('/:id/archive', async (request, reply) => {
    await app.authenticate(request);
    records.delete(request.params.id);
    return reply.code(204).send();
  });
}
