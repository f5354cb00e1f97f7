import express from 'express';
import { lazy } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { t, authed } from './trpc';
import { createContext } from './context';

const appRouter = t.router({
  me: authed.query(({ ctx }) => ctx.session.userId),
  // v11: each router module is imported on its first call
  project: lazy(() => import('./project-router')),
  billing: lazy(() => import('./billing-router').then((m) => m.billingRouter)),
});

const app = express();
app.use('/api/trpc', createExpressMiddleware({ router: appRouter, createContext }));
app.listen(4000);
