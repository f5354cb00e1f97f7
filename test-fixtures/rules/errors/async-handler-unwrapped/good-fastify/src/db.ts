export const db = {
  async findUser(id: string) {
    return { id, name: 'Ada' };
  },
  async saveUser(user: { name: string }) {
    return { id: '1', ...user };
  },
};
