const store = new Map<string, string>();
export const users = {
  async setResetToken(email: string, token: string) { store.set(email, token); },
  async saveItem(item: { id: string }) { store.set(item.id, JSON.stringify(item)); },
};
