import { initTRPC, TRPCError } from '@trpc/server';
import jwt from 'jsonwebtoken';
import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';

export async function createContext({ req }: CreateExpressContextOptions) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  let userId: string | null = null;
  if (token) {
    try {
      userId = (jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as { sub: string }).sub;
    } catch {
      userId = null;
    }
  }
  return { userId, db: {} as any };
}

type Context = Awaited<ReturnType<typeof createContext>>;
const t = initTRPC.context<Context>().create();

// named for what it is used for, judged by what it does: it throws UNAUTHORIZED without a user
const withAccount = t.middleware(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { userId: ctx.userId } });
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const memberProcedure = t.procedure.use(withAccount);
