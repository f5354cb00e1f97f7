import { z } from 'zod';
import { t, authed } from './trpc';

export const projectRouter = t.router({
  list: authed.query(({ ctx }) => ctx.db.project.findMany({ where: { ownerId: ctx.session.userId } })),
  archive: t.procedure // expect: trpc/unauthenticated-mutation
    .input(z.object({ id: z.string().uuid() }))
    .mutation(({ ctx, input }) => ctx.db.project.update({ where: { id: input.id }, data: { archived: true } })),
});
