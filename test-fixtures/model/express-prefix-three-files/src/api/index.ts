import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { usersRouter } from './users';

export const apiRouter = Router();

// Router-level middleware: applies to everything mounted below it on /api.
apiRouter.use(rateLimit({ windowMs: 60_000, limit: 100 }));

apiRouter.use('/v1/users', usersRouter);
