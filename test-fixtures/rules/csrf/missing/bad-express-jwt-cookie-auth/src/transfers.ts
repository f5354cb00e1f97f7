export const transfers = {
  async login(email: string, password: string) { return email && password ? { id: 1 } : null; },
  async create(userId: number, body: unknown) { return { userId, body }; },
};
