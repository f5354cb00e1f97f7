import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { authedProcedure, router } from '../index';

export const cardsRouter = router({
  get: authedProcedure
    .input(z.object({ cardId: z.string() }))
    .query(async ({ ctx, input }) => {
      const card = await ctx.db.card.findFirst({ where: { id: input.cardId, ownerId: ctx.user.id } });
      if (!card) throw new TRPCError({ code: 'NOT_FOUND', message: 'no such card' });
      return card;
    }),
  rename: authedProcedure
    .input(z.object({ cardId: z.string(), title: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.card.update({ where: { id: input.cardId }, data: { title: input.title } });
    }),
  // no schema, but the id is only looked up
  peek: authedProcedure
    .input(z.any())
    .query(async ({ ctx, input }) => {
      return ctx.db.card.findUnique({ where: { id: input.cardId } });
    }),
  // no schema, and the id is built into a path
  exportFile: authedProcedure
    .input(z.any())
    .query(async ({ ctx, input }) => {
      const { readFile } = await import('node:fs/promises');
      return readFile(`/var/lib/pinboard/exports/${input.cardId}.json`, 'utf8');
    }),
  // takes whatever it is given and keeps it
  importRaw: authedProcedure
    .input(z.any())
    .mutation(async ({ ctx, input }) => {
      return ctx.db.card.create({ data: { ...input, ownerId: ctx.user.id } });
    }),
  // no input parser: reads the raw input itself and keeps it
  restore: authedProcedure.mutation(async ({ ctx, getRawInput }) => {
    const raw = await getRawInput();
    return ctx.db.card.create({ data: raw as any });
  }),
});
