import express from 'express';

export function createApp() {
  const app = express();
  app.use(express.json());
  app.get('/api/meals', (req, res) => res.json([{ id: 1, name: 'lunch' }]));
  return app;
}
