import express from 'express';
import { z } from 'zod';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { t, authed } from './trpc';
import { createContext } from './context';

const projectRouter = t.router({
  list: authed.query(({ ctx }) => ctx.db.project.findMany({ where: { ownerId: ctx.session.userId } })),
  create: authed
    .input(z.object({ name: z.string().min(1).max(80) }))
    .mutation(({ ctx, input }) => ctx.db.project.create({ data: { name: input.name, ownerId: ctx.session.userId } })),
  archive: t.procedure // expect: trpc/unauthenticated-mutation
    .input(z.object({ id: z.string().uuid() }))
    .mutation(({ ctx, input }) => ctx.db.project.update({ where: { id: input.id }, data: { archived: true } })),
});

const appRouter = t.router({ project: projectRouter });

const app = express();
app.use('/api/trpc', createExpressMiddleware({ router: appRouter, createContext }));
app.listen(4000);
