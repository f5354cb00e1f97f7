import type { Express } from 'express';
import type { Server } from 'http';
import { setupAuth } from './auth/setup';

export async function registerRoutes(server: Server, app: Express) {
  await setupAuth(app);
  app.get('/api/folders', (req, res) => res.json([]));
  return server;
}
