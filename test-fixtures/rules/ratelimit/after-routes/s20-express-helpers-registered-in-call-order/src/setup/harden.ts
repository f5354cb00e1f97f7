import type { Express } from 'express';
import rateLimit from 'express-rate-limit';

export function hardenApp(app: Express) {
  app.use('/login', rateLimit({ windowMs: 60_000, limit: 10 }));
}
