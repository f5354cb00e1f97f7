// the browser's queue of actions to replay when back online, keyed in IndexedDB
export function queueAction(action: { type: string }) {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return { id, ...action };
}
