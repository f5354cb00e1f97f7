import { FastifyReply, FastifyRequest } from 'fastify';
import { loadNotes } from './notes.store';

// reached only through the alias the tree cannot map (@app/..): still served, still reported
export async function exportNotes(request: FastifyRequest, reply: FastifyReply) {
  try {
    const notes = await loadNotes();
    return reply.send({ notes, format: (request.query as any).format });
  } catch (err: any) {
    return reply.code(500).send({ error: 'export failed', stack: err.stack }); // expect: errors/stack-leak
  }
}
