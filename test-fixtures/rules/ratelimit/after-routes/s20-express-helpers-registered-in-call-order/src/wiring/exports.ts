import type { Express, Request, Response } from 'express';

export function mountExports(app: Express) {
  app.post('/exports', (req: Request, res: Response) => res.status(202).json({ queued: true }));
}
