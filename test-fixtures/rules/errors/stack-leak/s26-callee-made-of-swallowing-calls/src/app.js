const express = require('express');
const probes = require('./probes');

const app = express();

app.get('/status', async (req, res) => {
  try {
    const s = await probes.overall();
    res.status(s.healthy ? 200 : 503).json(s);
  } catch (error) {
    res.status(503).json({ healthy: false, error: error.message });
  }
});

app.get('/status/tables', async (req, res) => {
  try {
    res.json(await probes.tableSizes());
  } catch (error) {
    res.status(500).json({ error: error.message }); // expect: errors/stack-leak
  }
});

app.listen(3000);
