const inFlight = new Map<string, { promise: Promise<unknown>; startedAt: number }>();

/** One upstream fetch per key: concurrent callers share the pending promise. */
export async function coalesce<T>(key: string, fetchFn: () => Promise<T>): Promise<T> {
  const pending = inFlight.get(key);
  if (pending) return pending.promise as Promise<T>;

  let settle!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // the waiters that take it from the map see the rejection; with none, nobody listens
  promise.catch(() => {});
  inFlight.set(key, { promise, startedAt: Date.now() });

  try {
    const value = await fetchFn();
    settle(value);
    return value;
  } catch (error) {
    fail(error);
    throw error;
  } finally {
    inFlight.delete(key);
  }
}
