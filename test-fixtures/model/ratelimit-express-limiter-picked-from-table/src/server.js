const express = require('express');
const { limiterFor } = require('./middleware/limits');
const auth = require('./routes/auth');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(express.json());
app.use('/api', limiterFor());
app.use('/api/auth', auth);
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
