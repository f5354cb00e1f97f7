import bcrypt from 'bcrypt';
import { db } from './db';

export const users = {
  async verify(email: string, password: string) {
    const user = await db.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null;
    return user;
  },
};
