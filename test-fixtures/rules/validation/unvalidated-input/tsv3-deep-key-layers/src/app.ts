import { Hono } from 'hono';
import { archiveNote, archiveNoteLoudly, type Env } from './notes';

const app = new Hono<{ Bindings: Env; Variables: { userId: string } }>();

// the id reaches the database five calls down, bound beside the SQL; the audit trail copies it into an event context
app.post('/notes/:id/archive', async (c) => {
  const noteId = c.req.param('id');
  const done = await archiveNote(c.env.DB, noteId, c.get('userId'));
  return done ? c.json({ ok: true }) : c.json({ error: 'not found' }, 404);
});

// the same chain, but the audit sink at the bottom splices the id into SQL text
app.post('/notes/:id/shout', async (c) => {
  const noteId = c.req.param('id'); // expect: validation/unvalidated-input
  const done = await archiveNoteLoudly(c.env.DB, noteId, c.get('userId'));
  return done ? c.json({ ok: true }) : c.json({ error: 'not found' }, 404);
});

export default app;
