const express = require('express');
const jobs = require('./routes/jobs');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

app.use('/api/jobs', jobs);
app.get('/api/jobs-summary', (req, res) => res.json({ total: 0 }));

// a later route under the router's path: the router answered first
app.get('/api/jobs/export', (req, res) => res.json({ url: null }));

// a middleware that passes on is no catch-all
app.use((req, res, next) => {
  res.set('x-served-by', 'api');
  next();
});
app.get('/api/status', (req, res) => res.json({ ok: true }));

// 404 for everything that got this far
app.use((req, res) => {
  res.status(404).json({ message: 'Route not found' });
});

// registered after the catch-all: Express never reaches it
app.get('/api/port', (req, res) => {
  res.json({ port: process.env.PORT || 3000 });
});

app.use((err, req, res, next) => {
  res.status(500).json({ message: 'internal error' });
});

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
