const rows = new Map<string, { id: string; title: string; archived: boolean }>();
const tokens = new Map<string, string>();

export const boards = {
  async find(id: string) {
    return rows.get(id) ?? null;
  },
  async rename(id: string, title: string) {
    const b = rows.get(id) ?? { id, title, archived: false };
    b.title = title;
    rows.set(id, b);
    return b;
  },
  async archive(id: string) {
    const b = rows.get(id);
    if (!b) throw new Error('not found');
    b.archived = true;
  },
};

export const sessions = {
  async revokeRefreshToken(token: string) {
    tokens.delete(token);
  },
  async revokeAllFor(userId: string) {
    for (const [t, u] of tokens) if (u === userId) tokens.delete(t);
  },
  async setPassword(userId: string, password: string) {
    return { userId, length: password.length };
  },
};
