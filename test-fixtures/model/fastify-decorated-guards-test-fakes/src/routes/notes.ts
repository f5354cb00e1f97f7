import type { FastifyInstance } from 'fastify';

const notes: string[] = [];

export async function noteRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.get('/notes', async () => notes);
  fastify.post('/notes', async (request) => { notes.push(String(request.body)); return { ok: true }; }); // expect: validation/unvalidated-input
}
