import { initTRPC } from '@trpc/server';
import { z } from 'zod';

const t = initTRPC.create();

export const router = t.router({
  flows: t.router({
    byId: t.procedure.input(z.object({ id: z.string().uuid() })).query(({ input }) => ({ id: input.id, steps: [] })),
  }),
});
