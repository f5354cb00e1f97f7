import type { FastifyInstance } from 'fastify';
import { listVisits, addVisit } from '../store.js';

export async function visitRoutes(app: FastifyInstance) {
  app.get('/visits', async () => listVisits());
  app.post('/visits', async (request) => {
    const { patient } = request.body as { patient: string }; // expect: validation/unvalidated-input
    await addVisit(patient);
    return { ok: true };
  });
}
