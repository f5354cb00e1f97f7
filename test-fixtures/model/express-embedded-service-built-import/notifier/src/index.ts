import express from 'express';
import { createNotifierRouter } from './routes.js';

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api', createNotifierRouter());
app.listen(Number(process.env.PORT ?? 4010)); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
