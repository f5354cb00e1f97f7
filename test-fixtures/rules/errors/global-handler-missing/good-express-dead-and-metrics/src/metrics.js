const express = require('express');
const client = require('prom-client');

// a second listener on an internal port for the scraper: no browser ever loads it
const metricsApp = express();
metricsApp.get('/metrics', async (req, res) => {
  res.set('Content-Type', client.register.contentType);
  res.end(await client.register.metrics());
});

function startMetricsServer() {
  metricsApp.listen(9100);
}

module.exports = { startMetricsServer };
