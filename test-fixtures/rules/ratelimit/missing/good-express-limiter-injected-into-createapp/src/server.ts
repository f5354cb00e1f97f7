import rateLimit from 'express-rate-limit';
import { createApp, createAdminApp } from './app';

const deps = {
  rateLimiter: rateLimit({ windowMs: 60_000, limit: 100 }),
  authLimiter: rateLimit({ windowMs: 15 * 60_000, limit: 5 }),
};

createApp(deps).listen(3000);
createAdminApp(deps).listen(3001);
