import express, { RequestHandler } from 'express';

// the entry point hands in a request logger, not a limiter
export function createApp(deps: { requestLog: RequestHandler }) {
  const app = express(); // expect: ratelimit/missing
  app.use(deps.requestLog);
  app.get('/parcels', (_req, res) => res.json([]));
  return app;
}
