const counts = new Map<string, number>();

export async function recordEvents(_deviceId: string, events: { name: string }[]) {
  for (const e of events) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
}

export async function countEvents(name: string) {
  return counts.get(name) ?? 0;
}
