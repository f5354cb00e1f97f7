const express = require('express');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const visits = require('./routes/visits');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 200 }));
app.use(express.json({ limit: '100kb' }));
app.use('/api/visits', visits);
app.use((err, req, res, next) => res.status(500).json({ error: 'internal' }));
app.listen(process.env.PORT || 5000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
