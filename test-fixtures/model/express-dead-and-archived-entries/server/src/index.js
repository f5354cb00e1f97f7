import express from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import { config } from './config.js';
import orders from './routes/orders.js';

const app = express(); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use(rateLimit({ windowMs: 60_000, limit: 120 }));
app.use(`/api/${config.apiVersion}/orders`, orders);
app.get('/health', (req, res) => res.json({ ok: true }));

app.listen(config.port); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
