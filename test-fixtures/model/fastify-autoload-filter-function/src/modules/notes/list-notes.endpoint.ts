import type { FastifyInstance } from 'fastify';
import { notesFor } from './notes.store.js';

export default async function listNotes(app: FastifyInstance) {
  app.get('/notes', { onRequest: [app.requireUser] }, async (request) => {
    const { sub } = request.user as { sub: string };
    return notesFor(sub);
  });
}
