const express = require("express");
const client = require("prom-client");

const metricsApp = express();

function startMetrics() {
  client.collectDefaultMetrics();
  metricsApp.get("/metrics", async (req, res) => {
    res.set("Content-Type", client.register.contentType);
    res.send(await client.register.metrics());
  });
  metricsApp.listen(9464);
}

module.exports = { startMetrics };
