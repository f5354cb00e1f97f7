export const store = {
  async find(id: string) {
    return { id };
  },
  async total() {
    return 3;
  },
  async save(item: string) {
    return { item };
  },
};
