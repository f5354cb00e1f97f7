import express from 'express';
import handoffs from './routes/handoffs';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api', handoffs);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
