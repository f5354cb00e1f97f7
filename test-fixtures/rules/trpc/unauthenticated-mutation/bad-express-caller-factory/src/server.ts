import express from 'express';
import { z } from 'zod';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { t, authed } from './trpc';
import { createContext } from './context';
import { sessions } from './sessions';

const projectRouter = t.router({
  list: authed.query(({ ctx }) => ctx.db.project.findMany({ where: { ownerId: ctx.session.userId } })),
  archive: t.procedure // expect: trpc/unauthenticated-mutation
    .input(z.object({ id: z.string().uuid() }))
    .mutation(({ ctx, input }) => ctx.db.project.update({ where: { id: input.id }, data: { archived: true } })),
});

export const appRouter = t.router({ project: projectRouter });

// a server-side caller (a nightly job): no HTTP endpoint of its own, the procedures above stay the endpoints
const createCaller = t.createCallerFactory(appRouter);
export async function nightly() {
  const caller = createCaller({ session: { userId: 'system' }, db: sessions.db });
  await caller.project.archive({ id: '00000000-0000-0000-0000-000000000000' });
}

const app = express();
app.use('/api/trpc', createExpressMiddleware({ router: appRouter, createContext }));
app.listen(4000);
