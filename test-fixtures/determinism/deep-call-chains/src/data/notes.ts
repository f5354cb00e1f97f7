import { selectOne, selectWhere, run } from './db';

export async function findNote(owner: string, id: string) {
  return selectOne('SELECT id, title, body FROM notes WHERE owner = $1 AND id = $2', [owner, id]);
}

export async function findNotesByTag(tag: string) {
  return selectWhere('tag', tag);
}

export async function insertNote(owner: string, title: string, body: string) {
  return run('INSERT INTO notes (owner, title, body) VALUES ($1, $2, $3) RETURNING id', [owner, title, body]);
}

export async function updateNote(owner: string, id: string, title: string, body: string) {
  return run('UPDATE notes SET title = $3, body = $4 WHERE owner = $1 AND id = $2', [owner, id, title, body]);
}

// a thread of replies: each note may answer another, looked up one parent at a time
export async function findThread(id: string, depth: number): Promise<unknown[]> {
  const note = await selectOne('SELECT id, parent_id FROM notes WHERE id = $1', [id]);
  if (!note || depth > 20) return [];
  if (!note.parent_id) return [note];
  return [note, ...(await findThread(note.parent_id, depth + 1))];
}

// a read that is tried again a few times when the database is briefly away: fetchNote and retryFetch call each other
export async function fetchNote(id: string, attempt: number): Promise<unknown> {
  try {
    return await selectOne('SELECT id, title, body FROM notes WHERE id = $1', [id]);
  } catch (err) {
    if (attempt >= 3) throw err;
    return retryFetch(id, attempt);
  }
}

async function retryFetch(id: string, attempt: number): Promise<unknown> {
  await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  return fetchNote(id, attempt + 1);
}
