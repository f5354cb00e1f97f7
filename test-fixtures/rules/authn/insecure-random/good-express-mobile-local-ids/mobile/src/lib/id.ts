// Row ids for the phone's own SQLite cache; the server assigns the real ids when a row syncs.
export function generateId(): string {
  const time = Date.now().toString(36);
  const rand = Math.random().toString(36).slice(2, 10);
  return `${time}-${rand}`;
}
