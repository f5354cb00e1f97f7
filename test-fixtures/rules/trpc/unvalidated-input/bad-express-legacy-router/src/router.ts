import * as trpc from '@trpc/server';
import { z } from 'zod';

type Context = { userId: string | null; db: any };

export function createRouter() {
  return trpc.router<Context>();
}

const userRouter = createRouter()
  .middleware(async ({ ctx, next }) => {
    if (!ctx.userId) throw new trpc.TRPCError({ code: 'UNAUTHORIZED' });
    return next();
  })
  .query('me', {
    resolve: ({ ctx }) => ctx.db.user.findUnique({ where: { id: ctx.userId } }),
  })
  .mutation('rename', {
    input: z.object({ name: z.string().min(1).max(60) }),
    resolve: ({ ctx, input }) => ctx.db.user.update({ where: { id: ctx.userId }, data: { name: input.name } }),
  });

export const appRouter = createRouter()
  .query('lookup', {
    resolve: ({ ctx, input }) => ctx.db.user.findMany({ where: { email: (input as { email: string }).email } }), // expect: trpc/unvalidated-input
  })
  .merge('user.', userRouter);
