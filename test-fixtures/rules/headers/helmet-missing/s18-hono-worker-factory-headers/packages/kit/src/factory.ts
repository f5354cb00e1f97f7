import { Hono } from 'hono';
import { headersMiddleware, timingMiddleware } from './middleware';

export interface WorkerOptions { name: string; withHeaders?: boolean }

// every worker made here gets the shared middleware; security headers unless a worker opts out
export function buildWorker(options: WorkerOptions): Hono {
  const { name, withHeaders = true } = options;
  const app = new Hono();
  app.use('*', timingMiddleware());
  if (withHeaders) {
    app.use('*', headersMiddleware());
  }
  app.get('/health', (c) => c.json({ ok: true, name }));
  return app;
}
