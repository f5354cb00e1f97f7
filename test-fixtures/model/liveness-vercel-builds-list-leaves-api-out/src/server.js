const express = require('express');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const users = require('./routes/users');

const app = express(); // expect: api/openapi-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.use('/api/users', users);
app.use((err, req, res, next) => res.status(500).json({ error: 'internal' }));
if (require.main === module) app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
module.exports = app;
