const express = require('express');
const parcels = require('./routes/parcels');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api/parcels', parcels);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
