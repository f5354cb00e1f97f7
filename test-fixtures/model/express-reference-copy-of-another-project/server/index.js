const express = require('express');
const helmet = require('helmet');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(helmet());
app.use(express.json({ limit: '100kb' }));

app.get('/api/vehicles', (req, res) => {
  res.json([{ id: 1, plate: 'BA-123AB' }]);
});

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
