const express = require('express');
const helmet = require('helmet');
const { startMetricsServer } = require('./metrics');

const app = express();
app.use(helmet());
app.get('/entries', (req, res) => res.json([]));
app.listen(8080, () => startMetricsServer());
