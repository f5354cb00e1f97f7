import express from 'express';
import items from './items';
const app = express(); // expect: api/openapi-missing, headers/helmet-missing, ratelimit/missing, errors/global-handler-missing, api/versioning-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use('/items', items);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
