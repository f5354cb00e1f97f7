import { and, eq, sql } from 'drizzle-orm';
import { tags } from '../schema';

type Db = any;

export function newTagRepository(db: Db) {
  return {
    findTag: findTag(db),
    removeTag: removeTag(db),
    renameTag: renameTag(db),
  };
}

function findTag(db: Db) {
  return async (id: string, userId: string) => {
    const [row] = await db.select().from(tags).where(and(eq(tags.id, id), eq(tags.userId, userId)));
    return row ?? null;
  };
}

function removeTag(db: Db) {
  return async (id: string) => {
    await db.delete(tags).where(eq(tags.id, id));
  };
}

function renameTag(db: Db) {
  return async (id: string, name: string) => {
    await db.execute(sql.raw(`UPDATE tags SET name = '${name}' WHERE id = '${id}'`));
  };
}
