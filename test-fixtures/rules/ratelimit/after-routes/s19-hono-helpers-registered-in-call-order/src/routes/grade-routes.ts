import type { Hono } from 'hono';

export function gradeRoutes(app: Hono) {
  app.post('/api/grades/bulk', async (c) => c.json({ saved: true }));
}
