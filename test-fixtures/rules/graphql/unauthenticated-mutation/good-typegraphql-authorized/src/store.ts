const list: { id: string; title: string; owner: string }[] = [];
export const recipes = {
  all: () => list,
  add: (title: string, owner: string) => {
    const r = { id: String(list.length + 1), title, owner };
    list.push(r);
    return r;
  },
  remove: (id: string) => list.splice(list.findIndex((r) => r.id === id), 1).length > 0,
};
export const accounts = {
  byEmail: async (email: string) => (email ? { id: '1', hash: '' } : null),
  token: (a: { id: string }) => `t-${a.id}`,
};
