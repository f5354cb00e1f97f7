// a small redis-backed memo: the wrapped function gets the same arguments
export function cacheable<T extends (...args: any[]) => any>(key: string, fn: T, ttlSeconds: number): T {
  const seen = new Map<string, { at: number; value: unknown }>();
  return (async (...args: any[]) => {
    const k = key + JSON.stringify(args);
    const hit = seen.get(k);
    if (hit && Date.now() - hit.at < ttlSeconds * 1000) return hit.value;
    const value = await fn(...args);
    seen.set(k, { at: Date.now(), value });
    return value;
  }) as T;
}
