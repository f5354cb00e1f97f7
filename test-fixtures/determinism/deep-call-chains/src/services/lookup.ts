import { findNote, findNotesByTag, findThread, fetchNote } from '../data/notes';

async function loadNote(owner: string, id: string) {
  return findNote(owner, id);
}

async function loadNoteChecked(owner: string, id: string) {
  const note = await loadNote(owner, id);
  if (!note) throw Object.assign(new Error('not found'), { status: 404 });
  return note;
}

// the key reaches pool.query eight calls below the handler: getNote -> loadNoteChecked -> loadNote -> findNote ->
// selectOne -> run -> exec -> timed
export async function getNote(owner: string, id: string) {
  return loadNoteChecked(owner, id);
}

export async function notesTagged(tag: string) {
  return findNotesByTag(tag);
}

export async function threadOf(id: string) {
  return findThread(id, 0);
}

export async function noteForExport(id: string) {
  return fetchNote(id, 0);
}
