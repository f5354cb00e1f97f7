import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import { sessions } from './sessions';

export async function createContext({ req }: CreateExpressContextOptions) {
  const sid = req.cookies?.sid as string | undefined;
  const session = sid ? await sessions.get(sid) : null;
  return { session, db: sessions.db };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
