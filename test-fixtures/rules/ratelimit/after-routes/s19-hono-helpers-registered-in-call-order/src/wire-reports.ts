import type { Hono } from 'hono';
import { tightLimiter } from './limits';
import { exportRoutes } from './routes/reports/export-routes';

export function reportRoutes(app: Hono) {
  app.use('/api/reports/export', tightLimiter());
  exportRoutes(app);
}
