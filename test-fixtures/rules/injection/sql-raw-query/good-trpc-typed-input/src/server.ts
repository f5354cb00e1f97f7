import express from 'express';
import { initTRPC } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { PrismaClient, Prisma } from '@prisma/client';
import { z } from 'zod';

const prisma = new PrismaClient();
const t = initTRPC.context<{ db: PrismaClient }>().create();

const appRouter = t.router({
  reports: t.router({
    // numbers, enum members and UUIDs hold no SQL
    page: t.procedure
      .input(z.object({ limit: z.number().int().max(100), sort: z.enum(['asc', 'desc']), teamId: z.string().uuid() }).strict())
      .query(({ ctx, input }) =>
        ctx.db.$queryRawUnsafe(`SELECT * FROM "Report" WHERE "teamId" = '${input.teamId}' ORDER BY created ${input.sort} LIMIT ${input.limit}`),
      ),
    // free text goes through the tagged template (parameters)
    search: t.procedure.input(z.object({ q: z.string().max(100) })).query(({ ctx, input }) =>
      ctx.db.$queryRaw(Prisma.sql`SELECT id FROM "Report" WHERE title ILIKE ${'%' + input.q + '%'}`),
    ),
  }),
});

const app = express();
app.use('/trpc', createExpressMiddleware({ router: appRouter, createContext: () => ({ db: prisma }) }));
app.listen(3000);
