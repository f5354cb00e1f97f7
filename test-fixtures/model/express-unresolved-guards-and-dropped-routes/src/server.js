const express = require('express');
const ledgerRoutes = require('./routes/ledger');
const staffRoutes = require('./routes/staff');
const noteRoutes = require('./routes/notes');
const alertRoutes = require('./routes/alerts');
const { requireLogin } = require('./middleware/guards');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api/notes', noteRoutes);
app.use('/api/staff', staffRoutes);
app.use('/api/alerts', alertRoutes);
app.use('/api/ledger', requireLogin, ledgerRoutes);

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
