const express = require('express');
const profiles = require('./profiles');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
app.use('/api/profiles', profiles);

// a route to try the error reporter by hand, never served by the production build
if (process.env.NODE_ENV !== 'production') {
  app.get('/api/debug/crash', (req, res) => {
    throw new Error('debug crash');
  });
}

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
