const express = require('express');
const { readCaller, requireCaller } = require('./caller');

const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(express.json());

// an integration key sent as "Authorization: Bearer <key>", cut out of the header and compared with the configured one
function integrationKey(req, res, next) {
  const header = req.headers.authorization;
  if (!header) return res.status(401).json({ error: 'missing key' });
  const pieces = header.split(' ');
  if (pieces.length !== 2 || pieces[0] !== 'Bearer') return res.status(401).json({ error: 'bad format' });
  const key = pieces[1];
  if (key !== process.env.RELAY_KEY) return res.status(401).json({ error: 'wrong key' });
  next();
}

// the same shape without the compare: any bearer value passes
function anyBearer(req, res, next) {
  const pieces = String(req.headers.authorization).split(' ');
  if (pieces[0] !== 'Bearer' || !pieces[1]) return res.status(401).json({ error: 'bad format' });
  next();
}

// a worker calling back with a shared token in the body
function workerCallback(req, res, next) {
  const { token } = req.body;
  if (token !== process.env.WORKER_TOKEN) return res.status(401).send('not the worker'); // expect: authn/timing-unsafe-compare
  next();
}
const relayDrafts = []; // kept in memory
app.post('/relay/events', integrationKey, (req, res) => res.status(202).json({ accepted: true }));
app.post('/relay/render-done', workerCallback, (req, res) => res.json({ stored: true }));
app.post('/relay/drafts', anyBearer, (req, res) => { relayDrafts.push({ at: Date.now() }); res.status(202).json({ accepted: true }); }); // expect: authn/unauthenticated-mutation

// the caller set on the request by readCaller, required by requireCaller('accountId')
const accounts = express.Router();
accounts.delete('/:accountId/hooks/:hookId', requireCaller('accountId'), (req, res) => res.status(204).end());
app.use('/accounts', readCaller, accounts);

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
