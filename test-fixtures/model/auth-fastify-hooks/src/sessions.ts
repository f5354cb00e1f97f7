const store = new Map<string, { userId: string }>();

export async function findSession(id: string) {
  return store.get(id) ?? null;
}
