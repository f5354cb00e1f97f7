import type { FastifyInstance } from 'fastify';

const teams = new Map<string, string>();

export default async function teamRoutes(app: FastifyInstance) {
  app.get('/', async () => [...teams.entries()]);

  app.put<{ Params: { id: string }; Body: { name: string } }>('/:id', async (request) => {
    teams.set(request.params.id, request.body.name); // expect: validation/unvalidated-input
    return { ok: true };
  });
}
