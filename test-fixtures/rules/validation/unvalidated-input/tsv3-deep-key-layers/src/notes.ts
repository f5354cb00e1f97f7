type Env = { DB: D1Database };

export async function archiveNote(db: D1Database, id: string, userId: string) {
  const note = await loadNote(db, id, userId);
  if (!note) return false;
  await recordChange(db, { action: 'archive', context: { noteId: id, userId } });
  return true;
}

export async function archiveNoteLoudly(db: D1Database, id: string, userId: string) {
  const note = await loadNote(db, id, userId);
  if (!note) return false;
  await recordChangeRaw(db, { action: 'archive', context: { noteId: id, userId } });
  return true;
}

async function loadNote(db: D1Database, id: string, userId: string) {
  return selectOne(db, id, userId);
}

async function selectOne(db: D1Database, id: string, userId: string) {
  return db.prepare('SELECT id FROM notes WHERE id = ? AND user_id = ?').bind(id, userId).first();
}

async function recordChange(db: D1Database, change: { action: string; context: Record<string, string> }) {
  await writeEvent(db, buildEvent(change));
}

async function recordChangeRaw(db: D1Database, change: { action: string; context: Record<string, string> }) {
  await writeEventRaw(db, change.context);
}

function buildEvent(change: { action: string; context: Record<string, string> }) {
  return { action: change.action, context: cleanContext(change.context) };
}

function cleanContext(context: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(context)) {
    if (secretKey(key)) continue;
    out[key] = value;
  }
  return out;
}

function secretKey(key: string) {
  return key.toLowerCase().includes('token');
}

async function writeEvent(db: D1Database, event: object) {
  await db.prepare('INSERT INTO events (body) VALUES (?)').bind(JSON.stringify(event)).run();
}

async function writeEventRaw(db: D1Database, context: Record<string, string>) {
  for (const [key, value] of Object.entries(context)) {
    await db.exec(`INSERT INTO events (k, v) VALUES ('${key}', '${value}')`);
  }
}

export type { Env };
