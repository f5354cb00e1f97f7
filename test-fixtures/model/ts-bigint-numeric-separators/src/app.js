const express = require('express');
const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.get('/t', (req, res) => { const d = process.hrtime.bigint(); res.json({ ms: Number(d / 1_000_000n) }); });
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
