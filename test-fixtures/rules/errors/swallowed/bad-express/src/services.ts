export const mailer = {
  async send(to: string, subject: string) {
    return { to, subject };
  },
};
export const store = {
  async save(order: { item: string }) {
    return { id: 1, ...order };
  },
  async find(id: string) {
    return { id, item: 'book' };
  },
};
