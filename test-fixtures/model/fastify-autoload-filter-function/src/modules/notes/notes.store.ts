// Not an endpoint file: the filter leaves it to the imports above.
const notes = new Map<string, { id: number; text: string }[]>();

export function notesFor(owner: string) {
  return notes.get(owner) ?? [];
}

export function addNote(owner: string, text: string) {
  const list = notes.get(owner) ?? [];
  const note = { id: list.length + 1, text };
  notes.set(owner, [...list, note]);
  return note;
}
