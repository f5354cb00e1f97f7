import { initTRPC, TRPCError } from '@trpc/server';
import { PrismaClient } from '@prisma/client';

export const db = new PrismaClient();

export interface Context {
  db: PrismaClient;
  user: { id: string } | null;
}

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});
