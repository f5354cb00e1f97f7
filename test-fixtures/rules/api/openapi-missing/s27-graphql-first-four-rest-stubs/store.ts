const roomRows = new Map<string, { id: string; name: string }>();
const noteRows = new Map<string, { id: string; roomId: string; text: string }>();
let seq = 0;

export const rooms = {
  list: async () => [...roomRows.values()],
  get: async (id: string) => roomRows.get(id) ?? null,
  create: async (name: string) => { const r = { id: String(++seq), name }; roomRows.set(r.id, r); return r; },
  rename: async (id: string, name: string) => { const r = roomRows.get(id)!; r.name = name; return r; },
  remove: async (id: string) => roomRows.delete(id),
};

export const notes = {
  list: async (roomId: string) => [...noteRows.values()].filter((n) => n.roomId === roomId),
  get: async (id: string) => noteRows.get(id) ?? null,
  add: async (roomId: string, text: string) => { const n = { id: String(++seq), roomId, text }; noteRows.set(n.id, n); return n; },
  remove: async (id: string) => noteRows.delete(id),
  count: async () => noteRows.size,
};

export async function login(email: string, password: string): Promise<string> {
  return `${email}:${password.length}`;
}

export async function logout(sid: string | undefined): Promise<void> {
  void sid;
}
