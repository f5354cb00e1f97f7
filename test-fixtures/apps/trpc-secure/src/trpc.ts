import { initTRPC, TRPCError } from '@trpc/server';
import type { Context } from './context';

const t = initTRPC.context<Context>().create();

const isAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.user || !ctx.user.id) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { user: ctx.user } });
});

// at most 30 writes a minute per user
const hits = new Map<string, number[]>();
const writeLimit = t.middleware(({ ctx, next }) => {
  const key = ctx.user?.id ?? ctx.req.ip ?? 'anonymous';
  const now = Date.now();
  const recent = (hits.get(key) ?? []).filter((at) => now - at < 60_000);
  if (recent.length >= 30) {
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS' });
  }
  hits.set(key, [...recent, now]);
  return next();
});

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(isAuthed);
export const writeProcedure = protectedProcedure.use(writeLimit);
export const loginProcedure = publicProcedure.use(writeLimit);
