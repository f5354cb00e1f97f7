const express = require('express');
const rateLimit = require('express-rate-limit');
const movement = require('./routes/movement');

const app = express(); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(express.json({ limit: '10kb' }));
app.use('/api/v1/movement', rateLimit({ windowMs: 60_000, limit: 120 }), movement);

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
