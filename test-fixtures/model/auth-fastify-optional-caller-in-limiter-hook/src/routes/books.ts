import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const NoteBody = z.object({ text: z.string().min(1).max(500) });
const books = [{ id: 'b1', title: 'Dune', notes: [] as { by: string; text: string }[] }];

export async function bookRoutes(app: FastifyInstance) {
  app.get('/books', async () => books.map((b) => ({ id: b.id, title: b.title })));

  app.post('/books/:id/notes', async (req, reply) => {
    const body = NoteBody.safeParse(req.body);
    if (!body.success) return reply.code(400).send({ error: 'bad note' });
    const caller = await app.mustBeSignedIn(req);
    const book = books.find((b) => b.id === (req.params as { id: string }).id);
    if (!book) return reply.code(404).send({ error: 'no such book' });
    book.notes.push({ by: caller.id, text: body.data.text });
    return reply.code(201).send({ ok: true });
  });
}
