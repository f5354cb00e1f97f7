import express from 'express';
import { DepotRoutes } from './routes/depot.routes';

const app = express(); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/client/v1/depot', DepotRoutes);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
