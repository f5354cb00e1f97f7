const orders = new Map<string, { id: string; lines: string[] }>();

// the relations to expand are taken from the caller as given
export async function findOrder(id: string, expand: unknown) {
  const order = orders.get(id);
  return { ...order, expanded: Object.fromEntries(String(expand).split(',').map((k) => [k, true])) };
}
