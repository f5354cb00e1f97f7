import { eq, sql } from 'drizzle-orm';
import { labels } from '../schema';

export function newLabelRepository(db: any) {
  return {
    removeLabel: async (id: string) => {
      await db.delete(labels).where(eq(labels.id, id));
    },
    archiveLabel: async (id: string) => {
      await db.execute(sql.raw(`UPDATE labels SET archived = true WHERE id = '${id}'`));
    },
  };
}
