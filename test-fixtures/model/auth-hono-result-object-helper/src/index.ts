import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { authenticateNotebookRequest, authenticateKnownDevice } from './session';
import { readNoteBody, readTagQuery } from './body';

const app = new Hono<{ Bindings: { DB: D1Database; TOKEN_SECRET: string } }>(); // expect: api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.get('/api/notes', async (c) => {
  const auth = await authenticateNotebookRequest(c);
  if (!auth.ok) {
    return auth.response;
  }
  const rows = await c.env.DB.prepare('SELECT id, title FROM notes WHERE member_id = ?').bind(auth.member.id).all();
  return c.json(rows.results);
});

app.post('/api/notes', async (c) => {
  const auth = await authenticateNotebookRequest(c);
  if (!auth.ok) return auth.response;
  const parsed = await readNoteBody(c);
  if (!parsed.ok) return parsed.response;
  await c.env.DB.prepare('INSERT INTO notes (member_id, title, text) VALUES (?, ?, ?)')
    .bind(auth.member.id, parsed.value.title, parsed.value.text).run();
  return c.json({ ok: true }, 201);
});

async function removeNote(c: any, id: string) {
  const auth = await authenticateKnownDevice(c);
  if (!auth.ok) {
    return auth.response;
  }
  await c.env.DB.prepare('DELETE FROM notes WHERE id = ? AND member_id = ?').bind(id, auth.member.id).run();
  return c.body(null, 204);
}

app.delete('/api/notes/:id', (c) => removeNote(c, c.req.param('id')));

async function deleteAllNotesRoute(c: any) {
  const auth = await authenticateKnownDevice(c);
  if (!auth.ok) {
    return auth.response;
  }
  await c.env.DB.prepare('DELETE FROM notes WHERE member_id = ?').bind(auth.member.id).run();
  return c.body(null, 204);
}

app.delete('/api/notes', deleteAllNotesRoute);

// the public tag list: the query is checked, nobody is signed in
app.get('/api/tags', async (c) => {
  const parsed = readTagQuery(c);
  if (!parsed.ok) {
    return parsed.response;
  }
  const rows = await c.env.DB.prepare('SELECT name FROM tags WHERE name LIKE ? LIMIT 20').bind(`${parsed.value}%`).all();
  return c.json(rows.results);
});

// operators use a static token
app.use('/admin/*', async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next));
app.post('/admin/reindex', async (c) => {
  await c.env.DB.prepare('DELETE FROM search_index').run();
  return c.json({ ok: true });
});

app.get('/', (c) => c.text('notebook'));

export default app;
