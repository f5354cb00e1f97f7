import express from 'express';
import { initTRPC } from '@trpc/server';
import * as trpcExpress from '@trpc/server/adapters/express';
import { Pool } from 'pg';

const pool = new Pool();

const createContext = ({ req }: trpcExpress.CreateExpressContextOptions) => ({
  lang: req.query.lang as string,
  region: 'eu',
  pool,
});

const t = initTRPC.context<typeof createContext>().create();

const appRouter = t.router({
  articles: t.procedure.query(async ({ ctx }) => {
    const res = await ctx.pool.query(`SELECT title FROM articles WHERE lang = '${ctx.lang}'`); // expect: injection/sql-raw-query
    return res.rows;
  }),
  regional: t.procedure.query(async ({ ctx }) => {
    const res = await ctx.pool.query(`SELECT title FROM articles WHERE region = '${ctx.region}'`);
    return res.rows;
  }),
});

const app = express();
app.use('/trpc', trpcExpress.createExpressMiddleware({ router: appRouter, createContext }));
app.listen(4000);
