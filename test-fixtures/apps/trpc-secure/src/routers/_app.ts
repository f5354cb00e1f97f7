import { router, mergeRouters, publicProcedure } from '../trpc';
import { authRouter } from './auth';
import { notesRouter } from './notes';

const healthRouter = router({
  ping: publicProcedure.query(() => ({ ok: true })),
});

export const appRouter = mergeRouters(
  healthRouter,
  router({
    auth: authRouter,
    notes: notesRouter,
  }),
);

export type AppRouter = typeof appRouter;
