import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const transfers = {
  async login(email: string, password: string) { return email && password ? prisma.user.findUnique({ where: { email } }) : null; },
  async create(userId: number, body: { to: number; amount: number }) {
    return prisma.transfer.create({ data: { fromId: userId, toId: body.to, amount: body.amount } });
  },
};
