import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { router, publicProcedure, memberProcedure, createContext } from './trpc';

const accountRouter = router({
  // public by what they do: a login that checks the password, a sign-up of an ordinary account
  signIn: publicProcedure
    .input(z.object({ email: z.string().email(), password: z.string().min(8) }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUnique({ where: { email: input.email } });
      if (!user || !(await bcrypt.compare(input.password, user.passwordHash))) throw new TRPCError({ code: 'UNAUTHORIZED' });
      return { token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET as string, { expiresIn: '15m' }) };
    }),
  signUp: publicProcedure
    .input(z.object({ email: z.string().email(), password: z.string().min(12) }))
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await bcrypt.hash(input.password, 12);
      return ctx.db.user.create({ data: { email: input.email, passwordHash } });
    }),
  updateProfile: memberProcedure
    .input(z.object({ displayName: z.string().min(1).max(60) }))
    .mutation(({ ctx, input }) => ctx.db.user.update({ where: { id: ctx.userId }, data: { displayName: input.displayName } })),
});

const bookmarkRouter = router({
  list: memberProcedure.query(({ ctx }) => ctx.db.bookmark.findMany({ where: { userId: ctx.userId }, take: 100 })),
  // the resolver checks the caller itself
  add: publicProcedure.input(z.object({ url: z.string().url() })).mutation(({ ctx, input }) => {
    if (!ctx.userId) throw new TRPCError({ code: 'UNAUTHORIZED' });
    return ctx.db.bookmark.create({ data: { url: input.url, userId: ctx.userId } });
  }),
});

export const appRouter = router({ account: accountRouter, bookmark: bookmarkRouter });

const app = express();
app.use('/trpc', createExpressMiddleware({ router: appRouter, createContext }));
app.listen(3000);
