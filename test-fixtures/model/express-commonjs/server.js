const express = require('express');
const app = express(); // expect: api/openapi-missing, headers/helmet-missing, ratelimit/missing, errors/global-handler-missing, api/versioning-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use('/api/auth', require('./routes/auth'));
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
