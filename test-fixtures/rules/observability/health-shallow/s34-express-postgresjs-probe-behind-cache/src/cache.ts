const store = new Map<string, { value: unknown; until: number }>();

// remembers what make() gives for ttl milliseconds
export async function remember<T>(key: string, make: () => Promise<T>, ttl: number): Promise<T> {
  const hit = store.get(key);
  if (hit && hit.until > Date.now()) return hit.value as T;
  const value = await make();
  store.set(key, { value, until: Date.now() + ttl });
  return value;
}
