export const storage = {
  async list() {
    return ['a.txt'];
  },
  async put(name: string) {
    return { name };
  },
};
