const Sentry = require('@sentry/node');
const express = require('express');
const { requestMetrics } = require('./request-metrics');

Sentry.init({ dsn: process.env.SENTRY_DSN });

const app = express();
app.use(requestMetrics);
app.get('/bookings/:id', (req, res) => {
  res.json({ id: req.params.id });
});

app.listen(Number(process.env.PORT || 3000));
