const express = require('express');
const config = require('./config');

const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(express.json());

// the key compared with the configured one
function requirePrinterKey(req, res, next) {
  const key = req.headers['x-api-key'];
  if (key !== config.printerKey) return res.status(401).json({ error: 'bad key' });
  next();
}

// not authentication: any key is accepted
function requireSomeKey(req, res, next) {
  if (!req.headers['x-api-key']) return res.status(401).json({ error: 'key required' });
  next();
}
const drafts = []; // kept in memory
app.post('/jobs', requirePrinterKey, (req, res) => res.status(201).json({ queued: true }));
app.post('/drafts', requireSomeKey, (req, res) => { drafts.push({ at: Date.now() }); res.status(201).json({ saved: true }); }); // expect: authn/unauthenticated-mutation

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
