import { PrismaClient } from '@prisma/client';
import { verifyToken } from '../utils/auth';

const prisma = new PrismaClient();

export class AuthService {
  async currentUser(token: string) {
    const payload = verifyToken(token);
    const user = await prisma.user.findUnique({ where: { id: payload.userId } });
    if (!user) throw new Error('User not found');
    return user;
  }

  async peekUser(token: string) {
    try {
      const payload = verifyToken(token);
      return await prisma.user.findUnique({ where: { id: payload.userId } });
    } catch {
      return null;
    }
  }
}
