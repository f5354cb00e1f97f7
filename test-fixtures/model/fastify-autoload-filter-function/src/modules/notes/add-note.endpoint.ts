import type { FastifyInstance } from 'fastify';
import { addNote } from './notes.store.js';

export default async function addNoteRoute(app: FastifyInstance) {
  app.post<{ Body: { text: string } }>(
    '/notes',
    {
      onRequest: [app.requireUser],
      schema: { body: { type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string', maxLength: 2000 } } } },
    },
    async (request, reply) => {
      const { sub } = request.user as { sub: string };
      reply.code(201);
      return addNote(sub, request.body.text);
    },
  );
}
