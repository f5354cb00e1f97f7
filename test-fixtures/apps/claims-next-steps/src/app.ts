import cors from 'cors';
import express from 'express';
import pinoHttp from 'pino-http';
import { authRouter } from './auth';
import { pool } from './db';
import { logger } from './logger';
import { itemsRouter } from './routes/items';

const allowedOrigins = (process.env.CORS_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

export function createApp() {
  const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, api/versioning-missing, api/compression-missing

  app.use(pinoHttp({ logger }));
  app.use(cors({ origin: allowedOrigins }));
  app.use(express.json({ limit: '50kb' }));

  app.get('/health', async (_req, res) => {
    try {
      await pool.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use('/api/auth', authRouter);
  app.use('/api/items', itemsRouter);

  app.use((err: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    req.log.error({ err }, 'request failed');
    res.status(500).json({ error: 'internal error' });
  });

  return app;
}
