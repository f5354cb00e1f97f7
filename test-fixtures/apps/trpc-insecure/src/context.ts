import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import jwt from 'jsonwebtoken';
import { prisma } from './db';

type User = { id: string; role: string };

export async function createContext({ req, res }: CreateExpressContextOptions) {
  let user: User | null = null;
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    try {
      user = jwt.verify(header.slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as User;
    } catch {
      user = null;
    }
  }
  return { req, res, db: prisma, user };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
