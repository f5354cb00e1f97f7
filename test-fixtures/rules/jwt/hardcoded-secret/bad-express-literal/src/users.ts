export const users = {
  async check(email: string, password: string) {
    return email && password ? { id: 1 } : null;
  },
};
