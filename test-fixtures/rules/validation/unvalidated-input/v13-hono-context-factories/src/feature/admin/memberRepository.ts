import { eq, sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';

const members = pgTable('members', { id: text('id'), note: text('note') });

export function newMemberRepository(db: any) {
  return {
    findMember: async (id: string) => {
      const [row] = await db.select().from(members).where(eq(members.id, id));
      return row ?? null;
    },
    removeMember: async (id: string) => {
      await db.delete(members).where(eq(members.id, id));
    },
    annotate: async (id: string, note: string) => {
      await db.execute(sql.raw(`UPDATE members SET note = '${note}' WHERE id = '${id}'`));
    },
  };
}
