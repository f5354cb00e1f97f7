import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { accounts, journal } from './schema';

type Env = { Bindings: { DB: D1Database; SCREENS: DurableObjectNamespace } };

class ApiError extends Error {
  constructor(readonly info: { status: number; code: string }) {
    super(info.code);
  }
}

const app = new Hono<Env>();
const db = drizzle(process.env.DATABASE_URL!);

// the screen id is proven by a bound UPDATE answered 404 when it changed no row, before it names a durable object
app.delete('/screens/:id', async (c) => {
  const screenId = c.req.param('id');
  const res = await c.env.DB.prepare(`UPDATE screens SET state = 'closed' WHERE id = ? AND state != 'closed'`)
    .bind(screenId)
    .run();
  if (!res.success || (res.meta?.changes ?? 0) === 0) {
    throw new ApiError({ status: 404, code: 'SCREEN_NOT_FOUND' });
  }
  const stub = c.env.SCREENS.getByName(screenId);
  await stub.fetch('https://screen/close', { method: 'POST', headers: { 'x-screen-id': screenId } });
  return new Response(null, { status: 204 });
});

// the same durable object named by an id nothing proves
app.post('/screens/:id/ping', async (c) => {
  const screenId = c.req.param('id'); // expect: validation/unvalidated-input
  const stub = c.env.SCREENS.getByName(screenId);
  await stub.fetch('https://screen/ping', { method: 'POST', headers: { 'x-screen-id': screenId } });
  return c.json({ ok: true });
});

// the account id is proven by the row a drizzle UPDATE returns (404 when none), then only written to a journal entry
app.post('/accounts/:id/freeze', async (c) => {
  const { id } = c.req.param();
  const [frozen] = await db.update(accounts).set({ state: 'frozen' }).where(eq(accounts.id, id)).returning();
  if (!frozen) {
    return c.json({ error: 'Account not found' }, 404);
  }
  await db.insert(journal).values({ id: crypto.randomUUID(), note: `Account ${id} frozen`, meta: { accountId: id } });
  return c.json({ ok: true });
});

// the same journal entry written for an id no lookup proves
app.post('/accounts/:id/flag', async (c) => {
  const { id } = c.req.param(); // expect: validation/unvalidated-input
  await db.insert(journal).values({ id: crypto.randomUUID(), note: `Account ${id} flagged`, meta: { accountId: id } });
  return c.json({ ok: true });
});

export default app;
