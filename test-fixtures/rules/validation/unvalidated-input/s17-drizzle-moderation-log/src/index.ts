import { Hono } from 'hono';
import { drizzle } from 'drizzle-orm/d1';
import { eq } from 'drizzle-orm';
import { threads, moderationLogs, threadNotes } from './schema';

type Env = { DB: D1Database };
const app = new Hono<{ Bindings: Env }>();

const ACTIONS = ['lock', 'unlock', 'hide'];

// the reason only goes into the moderation log, a record of what a moderator did
app.post('/threads/:threadId/moderate', async (c) => {
  const threadId = c.req.param('threadId');
  const body = await c.req.json<{ action: string; reason?: string }>();
  if (!ACTIONS.includes(body.action)) return c.json({ error: 'bad action' }, 400);
  const db = drizzle(c.env.DB);
  const state = body.action === 'unlock' ? 'open' : body.action === 'lock' ? 'locked' : 'hidden';
  await db.update(threads).set({ state }).where(eq(threads.id, threadId));
  await db.insert(moderationLogs).values({
    id: crypto.randomUUID(),
    moderatorId: 'mod',
    threadId,
    action: body.action,
    reason: body.reason ?? null,
  });
  return c.json({ ok: true });
});

// the same reason is also kept on the thread itself, shown to every reader
app.post('/threads/:threadId/close', async (c) => {
  const threadId = c.req.param('threadId');
  const body = await c.req.json<{ reason?: string }>(); // expect: validation/unvalidated-input
  const db = drizzle(c.env.DB);
  await db.update(threads).set({ state: 'closed', closedNote: body.reason }).where(eq(threads.id, threadId));
  await db.insert(moderationLogs).values({ id: crypto.randomUUID(), moderatorId: 'mod', threadId, action: 'close', reason: body.reason });
  return c.json({ ok: true });
});

// a notes table is content, not a log
app.post('/threads/:threadId/notes', async (c) => {
  const threadId = c.req.param('threadId');
  const body = await c.req.json<{ text: string }>(); // expect: validation/unvalidated-input
  const db = drizzle(c.env.DB);
  await db.insert(threadNotes).values({ id: crypto.randomUUID(), threadId, body: body.text });
  return c.json({ ok: true }, 201);
});

export default app;
