import type { Hono } from 'hono';

// registered by reportRoutes(app) after it mounted the limiter on this path
export function exportRoutes(app: Hono) {
  app.post('/api/reports/export', async (c) => c.json({ queued: true }, 202));
}
