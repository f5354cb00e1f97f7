const notes: { key: string; text: string }[] = [];

export async function saveNote(note: { key: string; text: string }) {
  notes.push(note);
  return note;
}
