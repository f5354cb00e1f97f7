import { z } from 'zod';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '~/server/api/trpc';

export const postRouter = createTRPCRouter({
  latest: publicProcedure.query(({ ctx }) => ctx.db.post.findFirst({ orderBy: { createdAt: 'desc' } })),
  create: protectedProcedure
    .input(z.object({ name: z.string().min(1) }))
    .mutation(({ ctx, input }) => ctx.db.post.create({ data: { name: input.name, createdById: ctx.session.user.id } })),
  rename: publicProcedure // expect: trpc/unauthenticated-mutation
    .input(z.object({ id: z.number().int(), name: z.string().min(1) }))
    .mutation(({ ctx, input }) => ctx.db.post.update({ where: { id: input.id }, data: { name: input.name } })),
});
