import { z } from 'zod';
import { router, publicProcedure, protectedProcedure, writeProcedure } from '../trpc';

export const notesRouter = router({
  list: protectedProcedure.query(({ ctx }) => ctx.db.note.findMany({ where: { ownerId: ctx.user.id }, take: 50 })),
  create: writeProcedure
    .input(z.object({ title: z.string().min(1).max(200), body: z.string().max(10_000) }))
    .mutation(({ ctx, input }) => ctx.db.note.create({ data: { ...input, ownerId: ctx.user.id } })),
  search: publicProcedure.query(({ ctx, input }) => // expect: trpc/unvalidated-input
    ctx.db.$queryRawUnsafe(`SELECT id, title FROM "Note" WHERE title ILIKE '%${input.q}%' LIMIT 20`), // expect: injection/sql-raw-query
  ),
  remove: publicProcedure.input(z.object({ id: z.string() })).mutation(({ ctx, input }) => // expect: trpc/unauthenticated-mutation
    ctx.db.note.delete({ where: { id: input.id } }),
  ),
  share: protectedProcedure.input(z.any()).mutation(({ ctx, input }) => // expect: trpc/unvalidated-input
    ctx.db.share.create({ data: { noteId: input.noteId, email: input.email, sharedBy: ctx.user.id } }),
  ),
});
