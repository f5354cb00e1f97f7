import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { config } from '../config';
import { prisma } from '../db';

const registerSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(12).max(128),
  name: z.string().trim().min(1).max(100),
});

const BCRYPT_ROUNDS = 12;

/** Returns the new user, or null when the email is already taken. */
export async function registerUser(input: unknown) {
  const { email, password, name } = registerSchema.parse(input);

  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) return null;

  const passwordHash = await bcrypt.hash(password, BCRYPT_ROUNDS);
  return prisma.user.create({
    data: { email, name, passwordHash },
    select: { id: true, email: true, name: true, createdAt: true },
  });
}

/** Returns a short-lived access token, or null on bad credentials. */
export async function loginWithPassword(email: string, password: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) return null;

  const valid = await bcrypt.compare(password, user.passwordHash);
  if (!valid) return null;

  return jwt.sign({ role: user.role }, config.JWT_SECRET, {
    algorithm: 'HS256',
    subject: user.id,
    expiresIn: '15m',
  });
}
