import type { Hono } from 'hono';
import { tightLimiter } from './limits';

export function lateRoutes(app: Hono) {
  app.use('/api/grades/bulk', tightLimiter()); // expect: ratelimit/after-routes
}
