export function notesStore() {
  return new Map<string, string>();
}
