import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { reviewRoutes } from './routes/reviews.js';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.use('/api/reviews', reviewRoutes);

app.listen(Number(process.env.PORT) || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
