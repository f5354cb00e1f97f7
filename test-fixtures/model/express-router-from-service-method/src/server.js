const express = require('express');
const { healthService } = require('./monitoring/health');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
healthService.register('memory', async () => process.memoryUsage().rss < 1e9);

app.use(healthService.getRouter());
// an older probe: the service's router answers /health first
app.get('/health', (req, res) => res.send('ok'));
app.get('/api/items', (req, res) => res.json([]));

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
