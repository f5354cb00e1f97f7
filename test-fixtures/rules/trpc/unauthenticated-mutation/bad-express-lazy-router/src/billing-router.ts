import { z } from 'zod';
import { t, authed } from './trpc';

export const billingRouter = t.router({
  setPlan: authed
    .input(z.object({ plan: z.enum(['free', 'pro']) }))
    .mutation(({ ctx, input }) => ctx.db.account.update({ where: { ownerId: ctx.session.userId }, data: { plan: input.plan } })),
  cancel: t.procedure // expect: trpc/unauthenticated-mutation
    .input(z.object({ accountId: z.string().uuid() }))
    .mutation(({ ctx, input }) => ctx.db.account.update({ where: { id: input.accountId }, data: { plan: 'free' } })),
});
