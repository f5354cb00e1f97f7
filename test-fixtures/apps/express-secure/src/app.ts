import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet'; import compression from 'compression';
import cors from 'cors';
import rateLimit from 'express-rate-limit';
import { ZodError } from 'zod';
import { config, logger } from './config';
import { prisma } from './db';
import { authRouter } from './routes/auth';
import { usersRouter } from './routes/users';
import { projectsRouter } from './routes/projects';

const app = express();

app.disable('x-powered-by');
app.set('trust proxy', 1);

app.use(helmet()); app.use(compression());
app.use(cors({ origin: config.CORS_ORIGINS.split(','), credentials: true }));
app.use(express.json({ limit: '100kb' }));

// Baseline: 100 requests per minute per IP for every route below.
const apiLimiter = rateLimit({
  windowMs: 60 * 1000,
  limit: 100,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
});
app.use(apiLimiter);

app.get('/health', async (_req, res) => {
  await prisma.$queryRaw`SELECT 1`;
  res.json({ status: 'ok' });
});

app.use('/api/v1/auth', authRouter);
app.use('/api/v1/users', usersRouter);
app.use('/api/v1/projects', projectsRouter);

app.use((_req: Request, res: Response) => {
  res.status(404).json({ error: 'Not found' });
});

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof ZodError) {
    res.status(400).json({ error: 'ValidationError', issues: err.flatten().fieldErrors });
    return;
  }
  logger.error({ err }, 'unhandled error');
  res.status(500).json({ error: 'Internal server error' });
});

export default app;
