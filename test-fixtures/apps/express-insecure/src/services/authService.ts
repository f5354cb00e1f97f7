import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { prisma } from '../db';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: 'USER' | 'ADMIN';
}

// Case-insensitive lookup so "Alice@Example.com" and "alice@example.com" match.
export async function findUserByEmail(email: string): Promise<UserRow | null> {
  const rows = await prisma.$queryRawUnsafe<UserRow[]>(`SELECT id, email, name, password_hash, role FROM users WHERE lower(email) = lower('${email}') LIMIT 1`); // expect: injection/sql-raw-query[error]
  return rows[0] ?? null;
}

export async function registerUser(email: string, password: string, name: string) {
  const passwordHash = await bcrypt.hash(password, 10);
  return prisma.user.create({
    data: { email, name, passwordHash },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

export async function login(email: string, password: string): Promise<string | null> {
  const user = await findUserByEmail(email);
  if (!user) return null;

  const valid = await bcrypt.compare(password, user.password_hash);
  if (!valid) return null;

  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET as string, { expiresIn: '7d' }); // expect: jwt/long-expiry
}
