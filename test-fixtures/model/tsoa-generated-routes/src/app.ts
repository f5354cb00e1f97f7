import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { RegisterRoutes } from './routes';

export const app = express(); // expect: errors/global-handler-missing, api/versioning-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
RegisterRoutes(app);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
