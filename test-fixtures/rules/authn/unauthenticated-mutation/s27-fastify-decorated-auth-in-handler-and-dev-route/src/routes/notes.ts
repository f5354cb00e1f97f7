import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { env } from '../env';
import { AppError } from '../errors';

const NoteBody = z.object({ repo: z.string().min(3).max(200), text: z.string().min(1).max(500) });

const notes: { id: string; repo: string; text: string; author: string }[] = [];

export async function noteRoutes(server: FastifyInstance) {
  server.get('/notes', async () => notes);

  // the handler asks for the signed-in caller first: a stranger is refused with 401
  server.post('/notes', async (req) => {
    const body = NoteBody.safeParse(req.body);
    if (!body.success) throw new AppError(400, 'VALIDATION', 'invalid note');
    const caller = await server.requireCaller(req);
    const note = { id: String(notes.length + 1), repo: body.data.repo, text: body.data.text, author: caller.id };
    notes.push(note);
    return note;
  });

  // development only: production answers 404 before anything is written
  server.post('/notes/seed', async (req, reply) => {
    if (env.NODE_ENV === 'production') {
      reply.status(404).send({ error: 'not found' });
      return;
    }
    notes.push({ id: 'seed', repo: 'demo/demo', text: 'hello', author: 'dev' });
    return { seeded: true };
  });

  // no caller asked for at all
  server.delete('/notes/:id', async (req) => { // expect: authn/unauthenticated-mutation
    const i = notes.findIndex((n) => n.id === (req.params as { id: string }).id);
    if (i >= 0) notes.splice(i, 1);
    return { deleted: i >= 0 };
  });

  server.put('/notes/:id/pin', { onRequest: [server.requireCaller] }, async (req) => ({ pinned: (req.params as { id: string }).id }));
}
