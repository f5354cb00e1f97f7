import express from 'express';
import helmet from 'helmet';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { appRouter } from './routers/_app';
import { createContext } from './context';

const app = express(); // expect: config/env-not-validated
app.use(helmet());
app.use('/trpc', createExpressMiddleware({ router: appRouter, createContext }));

app.listen(Number(process.env.PORT ?? 3000)); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
