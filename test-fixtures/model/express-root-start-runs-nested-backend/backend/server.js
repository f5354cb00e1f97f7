const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const shiftRoutes = require('./routes/shifts');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(cors({ origin: ['https://crew.example.org'] }));
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.use('/api/shifts', shiftRoutes);

app.listen(Number(process.env.PORT) || 4000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
