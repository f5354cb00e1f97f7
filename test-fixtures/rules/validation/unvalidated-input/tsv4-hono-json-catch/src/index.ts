import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { putNote, putTag } from './store.js';

// A body read that falls back to {} when it does not parse: `.catch` is a method of the promise, not a body field.
const app = new Hono();
app.use('/notes/*', bearerAuth({ token: process.env.API_TOKEN! }));

app.post('/notes', async (c) => {
  const body = await c.req.json().catch(() => ({})); // expect: validation/unvalidated-input[warning]
  if (typeof body.title !== 'string' || body.title.length > 120) return c.json({ error: 'title' }, 400);
  await putNote(body.title, body.text);
  return c.json({ ok: true }, 201);
});

// every field checked by hand before use: nothing to report
app.post('/notes/tags', async (c) => {
  const input = await c.req.json().catch(() => null);
  if (!input || typeof input.tag !== 'string' || !/^[a-z0-9-]{1,32}$/.test(input.tag)) {
    return c.json({ error: 'tag' }, 400);
  }
  await putTag(input.tag);
  return c.json({ ok: true }, 201);
});

export default app;
