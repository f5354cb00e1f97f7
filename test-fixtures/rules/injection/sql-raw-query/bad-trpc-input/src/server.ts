import express from 'express';
import { initTRPC } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';

const prisma = new PrismaClient();
const t = initTRPC.context<{ db: PrismaClient }>().create();

async function findByTag(db: PrismaClient, tag: string) {
  return db.$queryRawUnsafe(`SELECT id, title FROM "Article" WHERE tags @> ARRAY['${tag}']`); // expect: injection/sql-raw-query
}

const appRouter = t.router({
  articles: t.router({
    // a string schema keeps free text: the input still reaches the SQL
    byTag: t.procedure.input(z.object({ tag: z.string().min(1) })).query(({ ctx, input }) => findByTag(ctx.db, input.tag)),
    byAuthor: t.procedure.input(z.object({ author: z.string() })).query((opts) =>
      opts.ctx.db.$queryRawUnsafe(`SELECT id FROM "Article" WHERE author = '${opts.input.author}'`), // expect: injection/sql-raw-query
    ),
  }),
});

const app = express();
app.use('/trpc', createExpressMiddleware({ router: appRouter, createContext: () => ({ db: prisma }) }));
app.listen(3000);
