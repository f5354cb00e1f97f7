import { z } from 'zod';
import { insertNote, updateNote } from '../data/notes';

const NoteSchema = z.object({ title: z.string().max(200), body: z.string().max(20000) });

export function checkNoteShape(input: unknown) {
  return NoteSchema.parse(input);
}

export function normaliseNote(input: unknown) {
  return checkNoteShape(input);
}

export function prepareNote(input: unknown) {
  return normaliseNote(input);
}

// four calls down to the schema: past what the analysis follows from a handler
export async function createNote(owner: string, input: unknown) {
  const note = prepareNote(input);
  return insertNote(owner, note.title, note.body);
}

export async function reviseNote(owner: string, id: string, input: unknown) {
  const note = normaliseNote(input);
  return updateNote(owner, id, note.title, note.body);
}
