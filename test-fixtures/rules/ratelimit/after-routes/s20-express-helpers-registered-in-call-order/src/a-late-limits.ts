import type { Express } from 'express';
import rateLimit from 'express-rate-limit';

export function addLateLimits(app: Express) {
  app.use('/exports', rateLimit({ windowMs: 60_000, limit: 5 })); // expect: ratelimit/after-routes
}
