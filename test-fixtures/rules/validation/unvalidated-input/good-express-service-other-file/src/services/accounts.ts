import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcrypt';
import { AccountIdSchema, CreateAccountSchema } from '../schemas/account';

const prisma = new PrismaClient();

export async function createAccount(input: unknown) {
  const { email, password, displayName } = CreateAccountSchema.parse(input);
  const passwordHash = await bcrypt.hash(password, 12);
  return prisma.account.create({ data: { email, passwordHash, displayName }, select: { id: true, email: true, displayName: true } });
}

export async function getAccount(id: unknown) {
  return prisma.account.findUnique({ where: { id: AccountIdSchema.parse(id) }, select: { id: true, displayName: true } });
}
