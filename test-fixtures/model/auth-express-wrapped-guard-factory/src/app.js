const express = require('express');
const wrap = require('./wrap');
const guards = require('./guards');

const app = express(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
app.use(express.json());

const links = new Map();

app.post('/links', wrap(guards.member), (req, res) => {
  links.set(req.body.slug, { target: req.body.target, owner: req.user.sub }); // expect: validation/unvalidated-input
  res.status(201).json({ slug: req.body.slug });
});

app.delete('/links/:slug', (req, res) => { // expect: authn/unauthenticated-mutation
  links.delete(req.params.slug);
  res.status(204).end();
});

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
