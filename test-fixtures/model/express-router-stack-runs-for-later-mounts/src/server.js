const express = require('express');
const session = require('./routes/session');
const tickets = require('./routes/tickets');
const status = require('./routes/status');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

app.use('/api', session);
app.use('/api', tickets);
app.use('/api', status);
// another prefix: the tickets router's stack never runs for it
app.get('/version', (req, res) => res.json({ v: 1 }));

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
