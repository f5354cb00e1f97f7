import type { Express, Request, Response } from 'express';

export function mountAccounts(app: Express) {
  app.post('/login', async (req: Request, res: Response) => {
    res.json({ ok: typeof req.body?.email === 'string' });
  });
}
