import express, { RequestHandler } from 'express';

export interface AppDeps {
  rateLimiter: RequestHandler;
  authLimiter: RequestHandler;
}

// the app is built from what the entry point hands it, so tests can pass their own
export function createApp(deps: AppDeps) {
  const app = express();
  app.use(express.json());
  app.use(deps.rateLimiter);
  app.get('/parcels', (_req, res) => res.json([]));
  app.post('/parcels', (req, res) => res.status(201).json(req.body));
  return app;
}

export function createAdminApp({ authLimiter }: AppDeps) {
  const admin = express();
  admin.use(authLimiter);
  admin.post('/admin/login', (_req, res) => res.json({ ok: true }));
  return admin;
}
