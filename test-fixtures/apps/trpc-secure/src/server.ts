import express from 'express';
import helmet from 'helmet';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { appRouter } from './routers/_app';
import { createContext } from './context';
import { prisma } from './db';
import { env } from './env';

const app = express();
app.use(helmet());
app.use('/trpc', createExpressMiddleware({ router: appRouter, createContext }));

const server = app.listen(env.PORT);

process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection', reason);
  server.close(() => process.exit(1));
});
process.on('uncaughtException', (err) => {
  console.error('uncaught exception', err);
  server.close(() => process.exit(1));
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close(async () => {
      await prisma.$disconnect();
      process.exit(0);
    });
  });
}
