export const rewards = {
  async claim(user: string) {
    return { user, streak: user.length };
  },
};
export const badges = {
  async unlock(user: string, code: string) {
    if (!user) throw new Error('no user');
    return { user, code };
  },
};
export const ledger = {
  async append(user: string, amount: number) {
    if (amount < 0) throw new Error('negative');
    return { user, amount };
  },
};
