import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';

const db = new PrismaClient();

// looks the account up and compares the password with the stored hash; stores nothing sent
export async function signIn(email: string, password: string) {
  const account = await db.account.findUnique({ where: { email } });
  if (!account || !(await bcrypt.compare(password, account.passwordHash))) return null;
  return jwt.sign({ sub: account.id }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
}

// keeps what it is sent: its input deserves rules
export async function signUp(email: string, password: string) {
  const passwordHash = await bcrypt.hash(password, 12);
  const account = await db.account.create({ data: { email, passwordHash } });
  return jwt.sign({ sub: account.id }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
}
