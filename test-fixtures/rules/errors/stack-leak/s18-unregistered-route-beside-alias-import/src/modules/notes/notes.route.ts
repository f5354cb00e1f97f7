import { FastifyInstance } from 'fastify';
import { summaryPrompt } from '@app/modules/llm/llm.prompts';
import { loadNotes } from '@app/modules/notes/notes.store';
import { exportNotes } from '@app/modules/notes/export.handler';
import { backupNotes } from '@lib/backup';

export default async function notesRoutes(app: FastifyInstance) {
  app.get('/', async () => loadNotes());

  app.get('/export', exportNotes);
  app.post('/backup', backupNotes);

  app.get('/prompt', async () => ({ prompt: summaryPrompt('notes') }));

  // a live route: its leak is reported
  app.post('/import', async (request, reply) => {
    try {
      const body = request.body as { url: string };
      const res = await fetch(body.url);
      return reply.send(await res.json());
    } catch (err: any) {
      return reply.code(500).send({ error: 'import failed', stack: err.stack }); // expect: errors/stack-leak
    }
  });
}
