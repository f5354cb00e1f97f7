const express = require('express');
const swaggerUi = require('swagger-ui-express');
const YAML = require('yamljs');

const app = express(); // expect: api/compression-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

const document = YAML.load(`${__dirname}/openapi.yaml`);

app.get('/api/tickets', (req, res) => {
  res.json([{ id: 1, title: 'Printer jam' }]);
});

// the documentation page (and, through serve, its script and files) under /api/docs
app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(document));

app.listen(process.env.PORT || 4000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
