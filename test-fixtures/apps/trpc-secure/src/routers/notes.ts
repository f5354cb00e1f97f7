import { z } from 'zod';
import { Prisma } from '@prisma/client';
import { router, protectedProcedure, writeProcedure } from '../trpc';

export const notesRouter = router({
  list: protectedProcedure.query(({ ctx }) => ctx.db.note.findMany({ where: { ownerId: ctx.user.id }, take: 50 })),
  create: writeProcedure
    .input(z.object({ title: z.string().min(1).max(200), body: z.string().max(10_000) }))
    .mutation(({ ctx, input }) => ctx.db.note.create({ data: { ...input, ownerId: ctx.user.id } })),
  search: protectedProcedure.input(z.object({ q: z.string().min(1).max(100) })).query(({ ctx, input }) =>
    ctx.db.$queryRaw(Prisma.sql`SELECT id, title FROM "Note" WHERE "ownerId" = ${ctx.user.id} AND title ILIKE ${'%' + input.q + '%'} LIMIT 20`),
  ),
  remove: writeProcedure.input(z.object({ id: z.string().uuid() })).mutation(({ ctx, input }) =>
    ctx.db.note.deleteMany({ where: { id: input.id, ownerId: ctx.user.id } }),
  ),
  share: writeProcedure
    .input(z.object({ noteId: z.string().uuid(), email: z.string().email() }))
    .mutation(({ ctx, input }) => ctx.db.share.create({ data: { noteId: input.noteId, email: input.email, sharedBy: ctx.user.id } })),
});
