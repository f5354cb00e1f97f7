const roles = new Map<string, string>();
const notes: string[] = [];

export async function saveRole(userId: string, role: string) {
  roles.set(userId, role);
}

export async function saveNote(text: string) {
  notes.push(text);
}
