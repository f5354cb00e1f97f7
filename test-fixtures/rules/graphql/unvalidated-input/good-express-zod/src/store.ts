const all: { id: string; title: string; body: string }[] = [];
export const posts = {
  byId: (id: string) => all.find((p) => p.id === id) ?? null,
  list: (order: string | undefined, first: number) => (order === 'OLDEST' ? all : [...all].reverse()).slice(0, first),
  create: (input: { title: string; body: string }) => {
    const p = { id: String(all.length + 1), ...input };
    all.push(p);
    return p;
  },
};
