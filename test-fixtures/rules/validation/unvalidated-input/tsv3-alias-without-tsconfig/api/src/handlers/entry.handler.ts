import type { Context } from 'hono';
import { eq, sql } from 'drizzle-orm';
import { db, entries } from '@/db';
import { chainHandler } from '@/handlers/chain.handler';

export const entryHandler = {
  // the id is a bound value everywhere: eq(), a sql`` hole, and eq() again one module away (reached through the @/ alias)
  getById: async (c: Context) => {
    const id = c.req.param('id');
    const rows = await db.select().from(entries).where(eq(entries.hash, id)).limit(1);
    const children = await db.select().from(entries).where(sql`${entries.parent} = ${id}`);
    if (!rows.length) return c.json({ error: 'not found' }, 404);
    const valid = await chainHandler.inChain(id);
    return c.json({ entry: rows[0], children: children.length, valid });
  },
  // one module away, the id is spliced into SQL text
  annotate: async (c: Context) => {
    const id = c.req.param('id'); // expect: validation/unvalidated-input
    const rows = await db.select().from(entries).where(eq(entries.hash, id)).limit(1);
    if (!rows.length) return c.json({ error: 'not found' }, 404);
    await chainHandler.annotate(id, 'seen');
    return c.json({ ok: true });
  },
};
