const express = require('express');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());
// answered in place and never passed on: an endpoint for every method under /ping
app.use('/ping', (req, res, next) => {
  try {
    res.status(200).json('pong');
  } catch (err) {
    next(err);
  }
});
// middleware: passes on
app.use('/api', (req, res, next) => {
  res.set('x-api', '1');
  next();
});
app.get('/api/items', (req, res) => res.json([]));
// not-found handlers: neither is an endpoint
app.use('/api/*', (req, res) => res.status(404).json({ error: 'not found' }));
app.use('/legacy', (req, res) => res.status(404).end());
app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
