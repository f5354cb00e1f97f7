const express = require('express');
const helmet = require('helmet');
const brand = require('./brand');
const log = require('pino')();

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use('/api', brand);

app.get('/api/orders', (req, res) => {
  log.info({ path: req.path }, 'orders listed');
  res.json([{ id: 7, total: 1250 }]);
});

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
