import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import orders from './routes/orders';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.use('/api/orders', orders);
app.use((err: Error, req: express.Request, res: express.Response, next: express.NextFunction) => {
  res.status(500).json({ error: 'internal' });
});
app.listen(Number(process.env.PORT) || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
