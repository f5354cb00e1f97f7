const express = require('express');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const venues = require('./routes/venues.js');
// planner routes are switched off until the feature ships
// const planner = require('./routes/planner/index.js');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use('/api/venues', venues);

app.use((err, req, res, next) => {
  res.status(500).json({ error: 'internal error' });
});

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
