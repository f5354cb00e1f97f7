import express from 'express';
import helmet from 'helmet';

const app = express(); // expect: api/openapi-missing, ratelimit/missing, errors/global-handler-missing, api/versioning-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(helmet());
app.get('/books', (_req, res) => res.json([]));
app.listen(4000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
