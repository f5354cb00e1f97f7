import { eq, sql } from 'drizzle-orm';
import { db, entries } from '@/db';

export const chainHandler = {
  inChain: async (hash: string): Promise<boolean> => {
    const [row] = await db.select().from(entries).where(eq(entries.hash, hash)).limit(1);
    return !!row;
  },
  annotate: async (hash: string, note: string) => {
    await db.execute(sql.raw(`UPDATE entries SET note = '${note}' WHERE hash = '${hash}'`));
  },
};
