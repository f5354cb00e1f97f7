import express from 'express';
import { buildRouters } from './app/routers.mjs';

const app = express(); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

// the composition root takes the three routers the factory builds and mounts them in order
const { openRouter, memberRouter } = buildRouters();
app.use('/', openRouter);
app.use('/api/v1', memberRouter);

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
