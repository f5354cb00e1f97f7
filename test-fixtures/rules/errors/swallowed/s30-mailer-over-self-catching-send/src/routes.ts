import type { Express } from 'express';
import type { Mailer } from './mailer';

// the routes get their services handed in through one context object
export function registerRoutes(app: Express, ctx: { mailer: Mailer }) {
  const { mailer } = ctx;

  app.post('/auth/link', async (req, res) => {
    const email = String(req.body.email || '');
    mailer.sendSignInLink(email, `https://desk.example.com/auth/verify?t=${Date.now()}`).catch(() => {});
    res.json({ sent: true });
  });

  app.post('/orders/:id/receipt', async (req, res) => {
    mailer.sendReceipt(String(req.body.email || ''), Number(req.body.total) || 0).catch(() => {}); // expect: errors/swallowed
    res.status(202).json({ queued: true });
  });
}
