const express = require('express');
const { requestId } = require('./middleware');
const { audit } = require('./lib');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(requestId);
app.use(audit);
app.get('/api/items', (req, res) => res.json([]));
app.get('/api/items/:id', (req, res) => res.json({ id: Number(req.params.id) }));
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
