import { FastifyReply, FastifyRequest } from 'fastify';

const notes: { id: number; text: string }[] = [];

export async function listNotes() {
  return notes.slice(0, 50);
}

export async function addNote(request: FastifyRequest<{ Body: { text: string } }>, reply: FastifyReply) {
  notes.push({ id: notes.length + 1, text: request.body.text });
  return reply.code(201).send({ id: notes.length });
}

export async function dropNote(request: FastifyRequest<{ Params: { id: string } }>) {
  const at = notes.findIndex((n) => n.id === Number(request.params.id));
  if (at >= 0) notes.splice(at, 1);
  return { removed: at >= 0 };
}
