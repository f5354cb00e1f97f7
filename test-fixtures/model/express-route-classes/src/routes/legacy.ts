import type { Application } from 'express';

// kept for the old deployment; nothing in this tree calls it
export function mountLegacy(app: Application) {
  app.get('/legacy/status', (_req, res) => res.json({ legacy: true }));
}
