import type { Express } from 'express';

export function registerAllRoutes(app: Express) {
  app.get('/api/assets', (req, res) => {
    res.json([]);
  });
  app.get('/api/assets/:id', (req, res) => {
    res.json({ id: req.params.id });
  });
}
