type Env = { DB: D1Database };

// every value travels to D1 apart from the SQL text
export async function findFolder(db: D1Database, id: string, userId: string) {
  return db.prepare('SELECT id, name FROM folders WHERE id = ? AND user_id = ? LIMIT 1').bind(id, userId).first();
}

// the id is spliced into the text: a lookup in name only
export async function findFolderUnsafe(db: D1Database, id: string) {
  return db.prepare(`SELECT id, name FROM folders WHERE id = '${id}'`).first();
}

export type { Env };
