import express from 'express';
import { config } from './config';
import parcelRoutes from './routes/parcels';

const app = express(); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing

app.get('/health', (req, res) => res.json({ ok: true }));
// mounted under /api/v2 when API_VERSION is not set
app.use(`/api/${config.apiVersion}`, parcelRoutes);

app.listen(config.port); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
