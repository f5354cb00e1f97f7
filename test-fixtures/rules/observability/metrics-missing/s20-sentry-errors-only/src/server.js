const Sentry = require('@sentry/node');
const express = require('express');

// errors only: no transactions are sampled, so no request counts or latencies
Sentry.init({ dsn: process.env.SENTRY_DSN });

const app = express(); // expect: observability/metrics-missing
app.get('/tickets', (req, res) => res.json([]));
Sentry.setupExpressErrorHandler(app);
app.listen(3000);
