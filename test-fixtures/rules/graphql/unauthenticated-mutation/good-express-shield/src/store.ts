export const users = {
  byEmail: async (email: string) => (email ? { id: '1', hash: '' } : null),
  issueToken: (u: { id: string }) => `t-${u.id}`,
};
const all: { owner: string; text: string }[] = [];
export const notes = {
  list: () => all.map((n) => n.text),
  add: (owner: string, text: string) => {
    all.push({ owner, text });
    return text;
  },
};
