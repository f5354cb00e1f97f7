const express = require('express');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const teams = require('./routes/teams');
const scores = require('./routes/scores');
const { mountPoint } = require('./mount');

// The prefix comes from the environment, with the default the app runs with when it is unset.
const BASE = process.env.API_BASE || '/api'; // expect: config/env-undocumented

const app = express(); // expect: api/openapi-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(helmet());
app.use(`${BASE}/`, rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(`${BASE}/teams`, teams);
// A prefix computed at run time: the constant part of the path is kept.
app.use(`${mountPoint()}/scores`, scores);

app.listen(Number(process.env.PORT) || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
