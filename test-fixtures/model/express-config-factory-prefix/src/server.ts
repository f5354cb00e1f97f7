import express from 'express';
import { settings } from './config';
import orders from './routes/orders';

const app = express(); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

// the mount path comes from the settings object: /api/v2 unless the environment says otherwise
app.use(`${settings.api.prefix}/${settings.api.version}`, orders);

app.get('/health', (req, res) => {
  res.json({ ok: true });
});

app.listen(settings.port); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
