import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { STAGES } from './constants.js';
import { saveNote } from './store.js';

type Bindings = { ENVIRONMENT?: string; SEED_STORE: { put(k: string, v: string): Promise<void>; get(k: string): Promise<string | null> } };

const app = new Hono<{ Bindings: Bindings }>();

// a helper for end-to-end tests: served only in a development or test deployment
app.post('/api/e2e/seed-note', async (c) => {
  const stage = c.env.ENVIRONMENT || STAGES.DEVELOPMENT;
  if (stage !== STAGES.DEVELOPMENT && stage !== STAGES.TEST) {
    return c.notFound();
  }
  const { key, text } = await c.req.json();
  await saveNote({ key, text });
  return c.json({ ok: true });
});

app.post('/api/e2e/reset', async (c) => {
  if (process.env.NODE_ENV !== 'test') {
    return c.json({ error: 'not found' }, 404);
  }
  const body = await c.req.json();
  await saveNote(body);
  return c.json({ ok: true });
});

// served everywhere: still reported
app.post('/api/notes', async (c) => {
  const { key, text } = await c.req.json(); // expect: validation/unvalidated-input[warning]
  await saveNote({ key, text });
  return c.json({ ok: true }, 201);
});

serve({ fetch: app.fetch, port: 3000 });
