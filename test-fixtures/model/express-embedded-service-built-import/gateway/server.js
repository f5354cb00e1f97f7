const express = require('express');
const { mountNotifier } = require('./embed');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

app.get('/', (req, res) => {
  res.json({ service: 'gateway' });
});

(async () => {
  await mountNotifier(app);
  app.listen(process.env.PORT || 8080); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
})();
