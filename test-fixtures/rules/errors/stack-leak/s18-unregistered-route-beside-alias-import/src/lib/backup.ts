import { FastifyReply, FastifyRequest } from 'fastify';
import { loadNotes } from '../modules/notes/notes.store';

// reached only through the tsconfig paths alias (@lib/*): still served, still reported
export async function backupNotes(_request: FastifyRequest, reply: FastifyReply) {
  try {
    const notes = await loadNotes();
    return reply.send({ saved: notes.length });
  } catch (err: any) {
    return reply.code(500).send({ error: 'backup failed', stack: err.stack }); // expect: errors/stack-leak
  }
}
