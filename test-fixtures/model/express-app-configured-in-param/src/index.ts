import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import pointsRoutes from './routes/points';

// builds the bare app: middleware that must run before anything else
function createApp(trustProxy: boolean) {
  const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing
  if (trustProxy) app.set('trust proxy', 1);
  app.use(helmet());
  app.use(express.json({ limit: '100kb' }));
  return app;
}

// registers the routes on the app it is handed
function configureApp(app: express.Express) {
  app.use('/api', rateLimit({ windowMs: 60_000, limit: 100 }));
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.use('/api/points', pointsRoutes);
}

async function start() {
  const app = createApp(process.env.TRUST_PROXY === '1'); // expect: config/env-undocumented
  configureApp(app);
  app.listen(Number(process.env.PORT ?? 3000)); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

start();
