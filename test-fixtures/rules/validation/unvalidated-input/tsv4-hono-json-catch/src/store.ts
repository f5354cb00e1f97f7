const notes = new Map<string, unknown>();
const tags = new Set<string>();

export async function putNote(title: string, text: unknown) {
  notes.set(title, text);
}

export async function putTag(tag: string) {
  tags.add(tag);
}
