import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import cors from 'cors';
import rateLimit from 'express-rate-limit';
import depthLimit from 'graphql-depth-limit'; import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { config, logger } from './config';
import { prisma } from './db';
import { typeDefs } from './schema';
import { resolvers } from './resolvers';
import { buildContext, type Context } from './context';

export async function createApp() {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  app.use(helmet());
  app.use(compression());
  app.use(cors({ origin: config.CORS_ORIGINS.split(','), credentials: false }));
  app.use(rateLimit({ windowMs: 60_000, limit: 100, standardHeaders: 'draft-7', legacyHeaders: false }));

  app.get('/health', async (_req, res) => {
    await prisma.$queryRaw`SELECT 1`;
    res.json({ status: 'ok' });
  });

  const signInLimiter = rateLimit({ windowMs: 15 * 60_000, limit: 10, skip: (req) => !JSON.stringify(req.body ?? {}).includes('signIn') });
  const server = new ApolloServer<Context>({ typeDefs, resolvers, validationRules: [depthLimit(8), maxAliasesRule({ n: 10 })] });
  await server.start();
  app.use('/graphql', express.json({ limit: '100kb' }), signInLimiter, expressMiddleware(server, { context: buildContext }));

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logger.error({ err }, 'unhandled error');
    res.status(500).json({ error: 'Internal server error' });
  });
  return app;
}
