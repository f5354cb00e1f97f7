const express = require('express');
const pages = require('./routes/pages');
const users = require('./routes/users');

const app = express(); // expect: api/compression-missing, api/openapi-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api/v1/pages', pages);
app.use('/api/v1/users', users);

app.listen(process.env.PORT || 5000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
