const express = require('express');
const invoices = require('./routes/invoices');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/invoices', invoices);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
