import type { Express } from 'express';

export async function setupAuth(app: Express) {
  app.get('/api/login', (req, res) => res.redirect('/'));
  app.get('/api/logout', (req, res) => res.redirect('/'));
}
