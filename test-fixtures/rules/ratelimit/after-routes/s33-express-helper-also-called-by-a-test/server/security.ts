import type { Express } from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';

const apiLimiter = rateLimit({ windowMs: 60_000, max: 100 });

export function applySecurity(app: Express): void {
  app.use(helmet());
  app.use('/api', apiLimiter);
}
